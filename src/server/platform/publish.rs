//! `haven publish-assets`: copies the built site (hashed WASM, JS and CSS, precompressed
//! copies, public files) into the asset bucket the CDN serves, a folder or any
//! S3-compatible bucket. Publishing only adds: the previous build's hashed files stay, so a
//! browser still holding old HTML can load the old WASM that matches it. Pages name the
//! bucket through `HAVEN_ASSET_BASE_URL`.

use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{Attribute, Attributes, ObjectStore, PutOptions, PutPayload};
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(clap::Args, Debug)]
pub struct PublishArgs {
    /// The built site (cargo-leptos's site root).
    #[arg(long, env = "LEPTOS_SITE_ROOT", default_value = "target/site")]
    pub site: PathBuf,
    /// The bucket as a local folder (the default bucket: nginx serves it as the CDN origin).
    #[arg(long, env = "HAVEN_BUCKET_DIR", conflicts_with = "s3_bucket")]
    pub dir: Option<PathBuf>,
    /// An S3-compatible bucket instead (credentials and region from the `AWS_*` variables).
    #[arg(long, env = "HAVEN_BUCKET_S3")]
    pub s3_bucket: Option<String>,
    /// The S3 endpoint when it is not AWS (MinIO, R2, ...).
    #[arg(long, env = "HAVEN_BUCKET_S3_ENDPOINT")]
    pub s3_endpoint: Option<String>,
}

/// What one publish did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Published {
    pub uploaded: usize,
    /// Hashed files already in the bucket (immutable: never uploaded twice).
    pub kept: usize,
}

pub async fn run(args: PublishArgs) -> anyhow::Result<()> {
    let (store, remote): (Arc<dyn ObjectStore>, bool) = match (&args.dir, &args.s3_bucket) {
        (_, Some(bucket)) => {
            let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
            if let Some(endpoint) = &args.s3_endpoint {
                builder = builder
                    .with_endpoint(endpoint)
                    .with_allow_http(endpoint.starts_with("http://"));
            }
            (Arc::new(builder.build()?), true)
        }
        (Some(dir), None) => {
            std::fs::create_dir_all(dir)?;
            (Arc::new(LocalFileSystem::new_with_prefix(dir)?), false)
        }
        (None, None) => anyhow::bail!("name the bucket: --dir PATH or --s3-bucket NAME"),
    };
    let done = publish(store.as_ref(), &args.site, remote).await?;
    tracing::info!(
        uploaded = done.uploaded,
        kept = done.kept,
        "published {} to the asset bucket",
        args.site.display()
    );
    Ok(())
}

/// Copies every file under `site` into `store` under the same relative key. `headers`:
/// store the content type and cache policy with each object (S3 serves them; a folder
/// cannot hold them, and nginx sets them instead).
pub async fn publish(
    store: &dyn ObjectStore,
    site: &Path,
    headers: bool,
) -> anyhow::Result<Published> {
    let mut files = Vec::new();
    walk(site, &mut files)?;
    if !files.iter().any(|f| f.starts_with(site.join("pkg"))) {
        anyhow::bail!(
            "{} holds no build output (pkg/): build first",
            site.display()
        );
    }
    let mut done = Published::default();
    for file in files {
        let relative = file.strip_prefix(site)?;
        let key = ObjectPath::from_iter(
            relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned()),
        );
        let name = relative.to_string_lossy();
        let immutable = is_hashed(&name);
        if immutable && store.head(&key).await.is_ok() {
            done.kept += 1;
            continue;
        }
        let bytes = tokio::fs::read(&file).await?;
        let mut options = PutOptions::default();
        if headers {
            let cache = if immutable {
                "public, max-age=31536000, immutable"
            } else {
                "public, max-age=300"
            };
            let mut attributes = Attributes::new();
            attributes.insert(Attribute::CacheControl, cache.into());
            attributes.insert(Attribute::ContentType, content_type(&name).into());
            if let Some(encoding) = content_encoding(&name) {
                attributes.insert(Attribute::ContentEncoding, encoding.into());
            }
            options.attributes = attributes;
        }
        store
            .put_opts(&key, PutPayload::from(bytes), options)
            .await?;
        done.uploaded += 1;
    }
    Ok(done)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            walk(&path, out)?;
        } else {
            out.push(path);
        }
    }
    Ok(())
}

/// cargo-leptos's hashed build output, `pkg/haven.<hash>.wasm` and its precompressed
/// copies: the name changes whenever the content does.
fn is_hashed(name: &str) -> bool {
    let Some(file) = name.strip_prefix("pkg/") else {
        return false;
    };
    file.split('.').any(|part| {
        part.len() >= 16
            && part
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            && part.chars().any(|c| c.is_ascii_digit())
    })
}

fn content_encoding(name: &str) -> Option<&'static str> {
    if name.ends_with(".br") {
        Some("br")
    } else if name.ends_with(".gz") {
        Some("gzip")
    } else {
        None
    }
}

fn content_type(name: &str) -> &'static str {
    let plain = name
        .strip_suffix(".br")
        .or_else(|| name.strip_suffix(".gz"))
        .unwrap_or(name);
    match plain.rsplit('.').next().unwrap_or_default() {
        "wasm" => "application/wasm",
        "js" => "text/javascript",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "html" => "text/html; charset=utf-8",
        "txt" | "md" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use object_store::memory::InMemory;

    #[test]
    fn hashed_names_are_recognised() {
        assert!(is_hashed("pkg/haven.pX7gQ2nE5LtKj0aB3cD9.wasm"));
        assert!(is_hashed("pkg/haven.pX7gQ2nE5LtKj0aB3cD9.wasm.br"));
        assert!(!is_hashed("pkg/haven.wasm"));
        assert!(!is_hashed("favicon.svg"));
        assert!(!is_hashed("photos/bedroom-01.svg"));
        assert_eq!(content_type("pkg/a.b.wasm.br"), "application/wasm");
        assert_eq!(content_encoding("pkg/a.b.wasm.br"), Some("br"));
    }

    #[tokio::test]
    async fn publishing_adds_and_never_removes() -> anyhow::Result<()> {
        let site = std::env::temp_dir().join(format!("haven-publish-{}", uuid::Uuid::new_v4()));
        std::fs::create_dir_all(site.join("pkg"))?;
        std::fs::write(
            site.join("pkg/haven.AAAAAAAAAAAAAAAAAAA1.wasm"),
            b"old wasm",
        )?;
        std::fs::write(site.join("favicon.svg"), b"<svg/>")?;
        let store = InMemory::new();
        assert_eq!(
            publish(&store, &site, true).await?,
            Published {
                uploaded: 2,
                kept: 0
            }
        );
        // A rebuild: new hashed output replaces the old in the site, not in the bucket.
        std::fs::remove_file(site.join("pkg/haven.AAAAAAAAAAAAAAAAAAA1.wasm"))?;
        std::fs::write(
            site.join("pkg/haven.BBBBBBBBBBBBBBBBBBB2.wasm"),
            b"new wasm",
        )?;
        assert_eq!(
            publish(&store, &site, true).await?,
            Published {
                uploaded: 2,
                kept: 0
            }
        );
        assert_eq!(
            publish(&store, &site, true).await?,
            Published {
                uploaded: 1,
                kept: 1
            },
            "hashed files are immutable; others are refreshed"
        );
        let old = store
            .get(&ObjectPath::from("pkg/haven.AAAAAAAAAAAAAAAAAAA1.wasm"))
            .await?;
        assert_eq!(
            old.attributes
                .get(&Attribute::ContentType)
                .map(|v| v.as_ref()),
            Some("application/wasm")
        );
        assert_eq!(old.bytes().await?.as_ref(), b"old wasm");
        std::fs::remove_dir_all(&site)?;
        Ok(())
    }
}
