//! The site's home page (no Yew, no tool code).

fn main() {
    kooliabi_web::home::start();
}
