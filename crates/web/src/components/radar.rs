//! The development picture (001 Lisa 9 6.1.2, "ringdiagramm"): each rating
//! question an axis, each voice a polygon. Voices differ by line pattern
//! and marker shape as well as colour, with a legend; the same numbers are
//! in a table for screen readers (and anyone who prefers one). The
//! geometry is the core's (`picture::Radar`).

use kooliabi_core::conversation::picture::{path, Picture, Point, Radar};
use kooliabi_core::questionnaire::Role;
use yew::prelude::*;

use crate::i18n::{conversation as s, questionnaire as qs, use_lang};

const SIZE: f64 = 300.0;
const CHART: Radar = Radar {
    cx: SIZE / 2.0,
    cy: SIZE / 2.0,
    radius: 120.0,
};

/// Line pattern and marker of each voice, so no colour is needed to tell them.
fn voice_class(role: Role) -> &'static str {
    match role {
        Role::Student => "voice--student",
        // The same place as the parent's (001 Lisa 9 2): one template has one or the other.
        Role::Parent | Role::Representative => "voice--parent",
        Role::Teacher => "voice--teacher",
    }
}

fn marker(role: Role, p: &Point) -> Html {
    let (x, y) = (p.x, p.y);
    match role {
        Role::Student => html! { <circle cx={format!("{x:.1}")} cy={format!("{y:.1}")} r="5" /> },
        Role::Parent | Role::Representative => {
            html! { <rect x={format!("{:.1}", x - 4.5)} y={format!("{:.1}", y - 4.5)} width="9" height="9" /> }
        }
        Role::Teacher => html! {
            <polygon points={format!("{:.1},{:.1} {:.1},{:.1} {:.1},{:.1}", x, y - 6.0, x + 5.5, y + 4.0, x - 5.5, y + 4.0)} />
        },
    }
}

fn points(ps: &[Point]) -> String {
    ps.iter()
        .map(|p| format!("{:.1},{:.1}", p.x, p.y))
        .collect::<Vec<_>>()
        .join(" ")
}

#[derive(Properties, PartialEq)]
pub struct RadarProps {
    pub picture: Picture,
    /// The template's voices (`side_by_side::voices`).
    pub voices: [Role; 3],
}

#[function_component(RadarChart)]
pub fn radar_chart(props: &RadarProps) -> Html {
    let lang = use_lang();
    let pic = &props.picture;
    let n = pic.axes.len();
    if pic.axes.is_empty() {
        return html! { <p>{ s::NO_RATINGS.get(lang) }</p> };
    }
    html! {
        <figure class="radar" aria-labelledby="radar-caption">
            <figcaption id="radar-caption">{ s::PICTURE_CAPTION.get(lang) }</figcaption>
            if pic.is_ring() {
                <svg class="radar__svg" viewBox={format!("0 0 {SIZE} {SIZE}")} role="img" aria-labelledby="radar-caption" focusable="false">
                    { for [0.25, 0.5, 0.75, 1.0].iter().map(|f| html! {
                        <polygon class="radar__grid" points={points(&CHART.ring(n, *f))} />
                    }) }
                    { for CHART.spokes(n).iter().enumerate().map(|(i, p)| {
                        let label = CHART.at(i, n, 1.13);
                        html! { <>
                            <line class="radar__spoke" x1={CHART.cx.to_string()} y1={CHART.cy.to_string()} x2={format!("{:.1}", p.x)} y2={format!("{:.1}", p.y)} />
                            <text class="radar__label" x={format!("{:.1}", label.x)} y={format!("{:.1}", label.y + 5.0)} text-anchor="middle">{ i + 1 }</text>
                        </> }
                    }) }
                    { for props.voices.iter().map(|role| {
                        let pts = CHART.voice(pic, *role);
                        html! {
                            <g class={classes!("radar__voice", voice_class(*role))}>
                                <path d={path(&pts)} />
                                { for pts.iter().flatten().map(|p| marker(*role, p)) }
                            </g>
                        }
                    }) }
                </svg>
                <Legend voices={props.voices} />
            }
            <RadarTable picture={pic.clone()} voices={props.voices} />
        </figure>
    }
}

#[derive(Properties, PartialEq)]
struct LegendProps {
    voices: [Role; 3],
}

/// Which line is whose, drawn as the chart draws it.
#[function_component(Legend)]
fn legend(props: &LegendProps) -> Html {
    let lang = use_lang();
    html! {
        <ul class="radar__legend" aria-hidden="true">
            { for props.voices.iter().map(|role| html! {
                <li>
                    <svg viewBox="0 0 44 16" width="44" height="16" focusable="false">
                        <g class={classes!("radar__voice", voice_class(*role))}>
                            <path d="M2 8L42 8" />
                            { marker(*role, &Point { x: 22.0, y: 8.0 }) }
                        </g>
                    </svg>
                    { qs::role(lang, *role) }
                </li>
            }) }
        </ul>
    }
}

/// The same numbers as a table.
#[function_component(RadarTable)]
fn radar_table(props: &RadarProps) -> Html {
    let lang = use_lang();
    html! {
        <div class="table-scroll">
            <table class="radar__table" id="radar-table">
                <caption>{ s::PICTURE_TABLE.get(lang) }</caption>
                <thead><tr>
                    <th scope="col">{ "#" }</th>
                    <th scope="col">{ s::QUESTION.get(lang) }</th>
                    { for props.voices.iter().map(|r| html! { <th scope="col">{ qs::role(lang, *r) }</th> }) }
                </tr></thead>
                <tbody>
                    { for props.picture.axes.iter().enumerate().map(|(i, a)| html! {
                        <tr>
                            <td>{ i + 1 }</td>
                            <th scope="row">{ a.label.get(lang) }{ format!(" ({}–{})", a.min, a.max) }</th>
                            { for a.values.iter().map(|v| html! { <td>{ v.map(|v| v.to_string()).unwrap_or_else(|| "—".into()) }</td> }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
