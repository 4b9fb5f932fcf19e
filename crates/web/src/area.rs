//! Which app of the site a page lives in. Each tool area is its own small
//! build (a Trunk entry in its own folder of `dist/`), so a parent opening a
//! questionnaire link downloads the questionnaire and nothing else. Moving
//! between areas is an ordinary page load; this table is the one place that
//! says which route lives where, for links, for old `#/…` links landing on the
//! home page and for the tests.

use std::cell::Cell;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// The site's root: the home page, no tool code at all.
    Home,
    /// Students and parents answering a questionnaire, on phones: an
    /// invitation opened from its link, and the questionnaire it starts.
    Answer,
    /// Starting a questionnaire of one's own, the list of those on this
    /// device and their files, and filling them (the answer page, rendered
    /// here too, so a questionnaire kept only in memory stays on one page):
    /// its own build, so the page an invitation opens does not carry the list.
    Questionnaires,
    /// The class teacher's conversation workspace.
    Teacher,
    /// The class teacher's conversation planner: its own build, so the
    /// workspace does not carry the calendar rules.
    Planner,
    /// A memo the class teacher sent as a sealed file, opened by a student or
    /// parent: its own small page, so the questionnaire page does not carry it.
    Memo,
    /// Points to grades, a whole class, what follows from grades, conduct.
    Grades,
    /// Vocational modules, upper secondary courses, recognition.
    Vocational,
    /// Deadlines, test schedule, attendance, allowances.
    Dates,
    /// What is stored on this device, export and erase.
    Privacy,
}

/// The first segment of a route's path, and its area. `routes::Route` paths
/// start with one of these; `routes::tests` checks every route is here.
const SEGMENTS: &[(&str, Area)] = &[
    ("", Area::Home),
    ("privacy", Area::Privacy),
    ("questionnaires", Area::Questionnaires),
    ("questionnaire", Area::Answer),
    ("answer", Area::Answer),
    ("memo", Area::Memo),
    ("conversations", Area::Teacher),
    ("conversation", Area::Teacher),
    ("reply", Area::Teacher),
    ("planner", Area::Planner),
    ("points", Area::Grades),
    ("class", Area::Grades),
    ("follows", Area::Grades),
    ("behaviour", Area::Grades),
    ("modules", Area::Vocational),
    ("courses", Area::Vocational),
    ("recognise", Area::Vocational),
    ("deadlines", Area::Dates),
    ("test-schedule", Area::Dates),
    ("attendance", Area::Dates),
    ("allowances", Area::Dates),
    ("widgets", Area::Privacy),
];

thread_local! {
    static CURRENT: Cell<Area> = const { Cell::new(Area::Home) };
    /// A widget (`embed.rs`): its page is one folder deeper (`embed/<tool>/`).
    static EMBEDDED: Cell<bool> = const { Cell::new(false) };
    /// Whether the widget has a router (links inside its own area stay in it).
    static ROUTED: Cell<bool> = const { Cell::new(true) };
    /// Another area whose routes this page renders as well (`also_here`).
    static ALSO: Cell<Option<Area>> = const { Cell::new(None) };
}

impl Area {
    /// The folder of `dist/` the area is built into ("" for the root).
    pub const fn dir(self) -> &'static str {
        match self {
            Area::Home => "",
            Area::Answer => "answer",
            Area::Questionnaires => "questionnaires",
            Area::Teacher => "teacher",
            Area::Planner => "planner",
            Area::Memo => "memo",
            Area::Grades => "grades",
            Area::Vocational => "vocational",
            Area::Dates => "dates",
            Area::Privacy => "privacy",
        }
    }

    /// The area of a hash path like `/conversation/7` or `/answer?i=…`;
    /// `None` for a path no area knows.
    pub fn of_path(path: &str) -> Option<Area> {
        let first = path
            .trim_start_matches('/')
            .split(['/', '?', '#'])
            .next()
            .unwrap_or("");
        SEGMENTS.iter().find(|(s, _)| *s == first).map(|(_, a)| *a)
    }

    /// The area this build is; set once by `shell::start`.
    pub fn current() -> Area {
        CURRENT.with(Cell::get)
    }

    pub(crate) fn set_current(self) {
        CURRENT.with(|c| c.set(self));
    }

    /// This page renders this area's routes too, so links to them stay on
    /// the page: the questionnaires app (and its widget) fills a started
    /// questionnaire with the answer app's page. A questionnaire kept only in
    /// memory (storage refused) would be lost by a page load; a widget's new
    /// tab would be another storage partition.
    pub fn also_here(self) {
        ALSO.with(|c| c.set(Some(self)));
    }

    /// Whether this page renders the routes of this area.
    pub fn is_here(self) -> bool {
        self == Area::current() || ALSO.with(Cell::get) == Some(self)
    }

    /// Whether this page is a widget holding one tool of the current area.
    pub fn embedded() -> bool {
        EMBEDDED.with(Cell::get)
    }

    /// Whether a link to a route of the current area can stay on this page
    /// (a router renders it); otherwise it is an ordinary link.
    pub fn routed() -> bool {
        ROUTED.with(Cell::get)
    }

    pub(crate) fn set_embedded(routed: bool) {
        EMBEDDED.with(|c| c.set(true));
        ROUTED.with(|c| c.set(routed));
    }

    /// A relative link from the current area's page to `path` in this area,
    /// so the site works from any folder of any static host.
    pub fn href(self, path: &str) -> String {
        let up = if Area::embedded() {
            "../../"
        } else if Area::current() == Area::Home {
            "./"
        } else {
            "../"
        };
        let dir = self.dir();
        let folder = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        if path.is_empty() || path == "/" {
            format!("{up}{folder}")
        } else {
            format!("{up}{folder}#{path}")
        }
    }
}

impl Area {
    /// The absolute address of this area's page, without query or fragment,
    /// for links that leave the device (invitations, replies): the page the
    /// link opens is the small app that handles it, with no hop in between.
    pub fn address(self) -> String {
        let href = gloo::utils::window().location().href().unwrap_or_default();
        let page = href.split(['#', '?']).next().unwrap_or_default();
        let folder = &page[..page.rfind('/').map_or(page.len(), |i| i + 1)];
        let mut root = folder;
        let levels = if Area::embedded() {
            2
        } else {
            usize::from(Area::current() != Area::Home)
        };
        for _ in 0..levels {
            let inner = root.trim_end_matches('/');
            root = &inner[..inner.rfind('/').map_or(inner.len(), |i| i + 1)];
        }
        match self.dir() {
            "" => root.to_string(),
            dir => format!("{root}{dir}/"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_renders_its_own_area_and_the_one_it_also_holds() {
        Area::Questionnaires.set_current();
        assert!(Area::Questionnaires.is_here());
        assert!(!Area::Answer.is_here());
        Area::Answer.also_here();
        assert!(Area::Answer.is_here());
        assert!(!Area::Teacher.is_here() && !Area::Home.is_here());
    }

    #[test]
    fn paths_find_their_area() {
        for (path, area) in [
            ("/", Some(Area::Home)),
            ("", Some(Area::Home)),
            ("/points", Some(Area::Grades)),
            ("/answer?i=abc", Some(Area::Answer)),
            ("/conversation/7", Some(Area::Teacher)),
            ("/questionnaire/x", Some(Area::Answer)),
            ("/questionnaires", Some(Area::Questionnaires)),
            ("/planner", Some(Area::Planner)),
            ("/test-schedule", Some(Area::Dates)),
            ("/nope", None),
            ("/debug/panic", None),
        ] {
            assert_eq!(Area::of_path(path), area, "{path}");
        }
    }
}
