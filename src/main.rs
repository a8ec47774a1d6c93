//! Start-up only: parse the command line and hand over to `haven::server`.

#[cfg(feature = "ssr")]
fn main() -> std::process::ExitCode {
    haven::server::cli::main()
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; `hydrate()` in lib.rs is its entry point.
}
