//! The exercise builder, downloaded when a teacher opens "Make an exercise"
//! on a calculator (or follows a link with `variants`); it draws into the
//! page's slot beside the calculator's own module.

fn main() {
    ecm_web::exercise_builder::mount();
}
