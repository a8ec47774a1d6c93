//! The service worker at `/sw.js`, written at start-up for the build this server serves.
//!
//! The precache list comes from the build output itself: `hash.txt` beside the executable
//! (the names cargo-leptos gave this build's CSS, JS and WASM, the same file Leptos reads
//! for `<HydrationScripts>`), or the files in the site's `pkg` directory when names are not
//! hashed. The worker's id is a digest of those files and of the worker's code, so every
//! new build is a new worker byte for byte: browsers install it beside the old one, and the
//! page offers the reload (`app::components::pwa`).

use super::csp::origin_of;
use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use leptos::config::LeptosOptions;
use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The worker's code; the generated constants go above it.
const TEMPLATE: &str = include_str!("sw.js");
/// Served by the app itself, not the asset CDN: a worker and its offline page must be on
/// this origin.
const OFFLINE_PAGE: &str = "/offline";
const SHELL: [&str; 3] = [
    "/favicon.svg",
    "/manifest.webmanifest",
    "/icons/icon-192.png",
];

/// The build's assets, as the page names them.
#[derive(Debug, PartialEq, Eq)]
pub struct BuildAssets {
    /// Paths under the asset base, such as `/pkg/haven.AbC.css`.
    pub paths: Vec<String>,
    pub hashed: bool,
    /// A digest of the files' names and bytes (and of the worker's code).
    pub id: String,
}

impl BuildAssets {
    /// Reads the build served from `options.site_root`. An unreadable build yields no
    /// assets (the worker then only serves the offline page), never a failed start.
    pub fn read(options: &LeptosOptions) -> Self {
        let hash_file = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(|dir| dir.join(options.hash_file.as_ref())));
        let site = PathBuf::from(options.site_root.as_ref());
        let pkg = options.site_pkg_dir.as_ref();
        let names = match (options.hash_files, hash_file) {
            (true, Some(file)) => std::fs::read_to_string(&file)
                .map(|text| hashed_names(&text, &options.output_name))
                .unwrap_or_else(|error| {
                    tracing::warn!(%error, file = %file.display(), "no hash file: the service worker precaches no assets");
                    Vec::new()
                }),
            _ => listed_names(&site.join(pkg)),
        };
        Self::from_names(&site, pkg, names, options.hash_files)
    }

    fn from_names(site: &Path, pkg: &str, names: Vec<String>, hashed: bool) -> Self {
        let mut digest = Sha256::new();
        digest.update(TEMPLATE.as_bytes());
        for name in &names {
            digest.update(name.as_bytes());
            // A missing file still changes the id through its name.
            if let Ok(bytes) = std::fs::read(site.join(pkg).join(name)) {
                digest.update(&bytes);
            }
        }
        let id = digest.finalize()[..8]
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let paths = names.iter().map(|n| format!("/{pkg}/{n}")).collect();
        Self { paths, hashed, id }
    }
}

/// `js: …`, `wasm: …`, `css: …` lines of cargo-leptos' hash file, as file names.
fn hashed_names(text: &str, output: &str) -> Vec<String> {
    let mut names: Vec<String> = text
        .lines()
        .filter_map(|line| line.split_once(':'))
        .filter_map(|(kind, hash)| {
            let kind = kind.trim();
            matches!(kind, "css" | "js" | "wasm")
                .then(|| format!("{output}.{}.{kind}", hash.trim()))
        })
        .collect();
    names.sort();
    names
}

/// The CSS, JS and WASM files in the site's `pkg` directory.
fn listed_names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| entry.file_name().into_string().ok())
        .filter(|name| {
            [".css", ".js", ".wasm"]
                .iter()
                .any(|ext| name.ends_with(ext))
        })
        .collect();
    names.sort();
    names
}

/// The generated `/sw.js` response.
#[derive(Clone)]
pub struct ServiceWorker {
    script: Arc<str>,
    policy: HeaderValue,
}

impl ServiceWorker {
    /// `asset_base`: where pages load the build output from (empty: this origin);
    /// `media_base`: where photos are read from.
    pub fn new(build: &BuildAssets, asset_base: &str, media_base: &str) -> Self {
        let assets: Vec<String> = build
            .paths
            .iter()
            .map(|p| format!("{asset_base}{p}"))
            .collect();
        let media = [media_base.trim_end_matches('/').to_string() + "/"];
        let script = format!(
            "const BUILD = {};\nconst ASSETS = {};\nconst OFFLINE = {};\nconst SHELL = {};\nconst MEDIA = {};\nconst HASHED = {};\n\n{TEMPLATE}",
            json(&build.id),
            json(&assets),
            json(OFFLINE_PAGE),
            json(&SHELL),
            json(&media),
            build.hashed,
        );
        // The worker fetches only this origin, the asset CDN and the media store.
        let mut sources = vec!["'self'".to_string()];
        sources.extend(origin_of(asset_base));
        sources.extend(origin_of(media_base));
        sources.dedup();
        let policy = HeaderValue::from_str(&format!(
            "default-src 'none'; connect-src {}",
            sources.join(" ")
        ))
        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'; connect-src 'self'"));
        Self {
            script: script.into(),
            policy,
        }
    }

    pub fn response(&self) -> Response {
        (
            [
                (
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/javascript; charset=utf-8"),
                ),
                // Browsers check for a new worker on navigations; never answer from a cache.
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (header::CONTENT_SECURITY_POLICY, self.policy.clone()),
            ],
            self.script.to_string(),
        )
            .into_response()
    }
}

/// A JavaScript literal for a generated constant (JSON is one).
fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_else(|_| "null".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A directory of its own, removed when dropped.
    struct Scratch(PathBuf);
    impl Scratch {
        fn path(&self) -> &Path {
            &self.0
        }
    }
    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
    fn scratch() -> std::io::Result<Scratch> {
        let dir = std::env::temp_dir().join(format!("haven-sw-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(&dir)?;
        Ok(Scratch(dir))
    }

    #[test]
    fn hash_file_lines_become_file_names() {
        let text = "js: NqZ\nwasm: -G2t\ncss: ot2K\nsplit: x\n";
        assert_eq!(
            hashed_names(text, "haven"),
            ["haven.-G2t.wasm", "haven.NqZ.js", "haven.ot2K.css"]
        );
    }

    #[test]
    fn the_worker_changes_with_the_build_and_names_its_assets() -> std::io::Result<()> {
        let dir = scratch()?;
        std::fs::create_dir(dir.path().join("pkg"))?;
        std::fs::write(dir.path().join("pkg/haven.a.js"), "one")?;
        let names = || vec!["haven.a.js".to_string()];
        let first = BuildAssets::from_names(dir.path(), "pkg", names(), true);
        let again = BuildAssets::from_names(dir.path(), "pkg", names(), true);
        std::fs::write(dir.path().join("pkg/haven.a.js"), "two")?;
        let changed = BuildAssets::from_names(dir.path(), "pkg", names(), true);
        assert_eq!(first.id, again.id);
        assert_ne!(first.id, changed.id);

        let worker = ServiceWorker::new(&first, "https://cdn.example.com/haven", "/media");
        assert!(
            worker
                .script
                .starts_with(&format!("const BUILD = \"{}\";", first.id))
        );
        assert!(
            worker
                .script
                .contains(r#"const ASSETS = ["https://cdn.example.com/haven/pkg/haven.a.js"];"#)
        );
        assert!(worker.script.contains(r#"const MEDIA = ["/media/"];"#));
        assert_eq!(
            worker.policy,
            "default-src 'none'; connect-src 'self' https://cdn.example.com"
        );
        Ok(())
    }

    #[test]
    fn listed_names_keep_only_build_output() -> std::io::Result<()> {
        let dir = scratch()?;
        for name in [
            "haven.js",
            "haven_bg.wasm",
            "haven.css",
            "haven.wasm.br",
            "notes.txt",
        ] {
            std::fs::write(dir.path().join(name), "x")?;
        }
        assert_eq!(
            listed_names(dir.path()),
            ["haven.css", "haven.js", "haven_bg.wasm"]
        );
        Ok(())
    }
}
