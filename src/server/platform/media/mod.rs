//! Uploaded photos: recognised by their first bytes (never by name or declared type),
//! decoded under size and pixel limits, and re-encoded, so what Haven serves is always an
//! image it made itself: no metadata (a phone photo's GPS position), no polyglot files.
//! Stored under a content hash in the media folder, which is served at `/media/` with
//! immutable caching; a deploy with several hosts points `HAVEN_MEDIA_DIR` at shared
//! storage (the CDN bucket of the topology issue).

pub mod variants;

use crate::app::types::account::PhotoProblem;
use crate::server::platform::config::Config;
use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use object_store::aws::AmazonS3Builder;
use object_store::local::LocalFileSystem;
use object_store::path::Path as ObjectPath;
use object_store::{ObjectStore, PutPayload};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use std::sync::Arc;

/// Profile photos are served as this many pixels square.
pub const AVATAR_SIZE: u32 = 400;
/// Larger images are refused before decoding: 40 megapixels covers any camera.
const MAX_SIDE: u32 = 10_000;
const MAX_DECODE_BYTES: u64 = 256 * 1024 * 1024;

/// The image formats accepted for upload, recognised by their signature.
pub fn sniff(bytes: &[u8]) -> Option<ImageFormat> {
    match bytes {
        [0xFF, 0xD8, 0xFF, ..] => Some(ImageFormat::Jpeg),
        [0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, ..] => Some(ImageFormat::Png),
        [
            b'R',
            b'I',
            b'F',
            b'F',
            _,
            _,
            _,
            _,
            b'W',
            b'E',
            b'B',
            b'P',
            ..,
        ] => Some(ImageFormat::WebP),
        _ => None,
    }
}

/// Turns an upload into a square JPEG profile photo: upright (EXIF orientation applied),
/// centre-cropped, resized, metadata-free. CPU-heavy: runs on the blocking pool.
pub async fn avatar_from_upload(bytes: Vec<u8>) -> Result<Vec<u8>, PhotoProblem> {
    let format = sniff(&bytes).ok_or(PhotoProblem::NotAnImage)?;
    tokio::task::spawn_blocking(move || {
        let image = decode(bytes, format).map_err(|e| {
            tracing::info!(error = %e, "photo upload does not decode");
            PhotoProblem::Unreadable
        })?;
        let square = image.resize_to_fill(AVATAR_SIZE, AVATAR_SIZE, FilterType::Lanczos3);
        let mut out = Vec::with_capacity(64 * 1024);
        JpegEncoder::new_with_quality(&mut out, 85)
            .encode_image(&square.to_rgb8())
            .map_err(|e| {
                tracing::error!(error = %e, "jpeg encoding failed");
                PhotoProblem::Unreadable
            })?;
        Ok(out)
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "photo processing task failed");
        PhotoProblem::Unreadable
    })?
}

/// Listing photos are at least this many pixels on their long and short sides.
pub const MIN_LISTING_PHOTO: (u32, u32) = (640, 480);
/// The kept copy of a listing photo is at most this many pixels on its long side.
const MAX_KEPT_SIDE: u32 = 3_000;

/// A listing photo as Haven keeps it: re-encoded, upright, metadata-free.
pub struct ListingUpload {
    pub jpeg: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// Why an upload failed: the image (shown to the person as a `PhotoProblem`) or anything
/// else.
#[derive(Debug)]
pub enum UploadError {
    Photo(PhotoProblem),
    App(crate::app::types::AppError),
}

impl From<PhotoProblem> for UploadError {
    fn from(p: PhotoProblem) -> Self {
        Self::Photo(p)
    }
}

impl From<crate::app::types::AppError> for UploadError {
    fn from(e: crate::app::types::AppError) -> Self {
        Self::App(e)
    }
}

/// Checks and re-encodes an uploaded listing photo: at least [`MIN_LISTING_PHOTO`],
/// shrunk to [`MAX_KEPT_SIDE`] if larger. CPU-heavy: runs on the blocking pool.
pub async fn listing_photo_from_upload(bytes: Vec<u8>) -> Result<ListingUpload, PhotoProblem> {
    if bytes.is_empty() {
        return Err(PhotoProblem::Missing);
    }
    let format = sniff(&bytes).ok_or(PhotoProblem::NotAnImage)?;
    tokio::task::spawn_blocking(move || {
        let image = decode(bytes, format).map_err(|e| {
            tracing::info!(error = %e, "listing photo does not decode");
            PhotoProblem::Unreadable
        })?;
        let (long, short) = (
            image.width().max(image.height()),
            image.width().min(image.height()),
        );
        if long < MIN_LISTING_PHOTO.0 || short < MIN_LISTING_PHOTO.1 {
            return Err(PhotoProblem::TooSmall);
        }
        let kept = if long > MAX_KEPT_SIDE {
            image.resize(MAX_KEPT_SIDE, MAX_KEPT_SIDE, FilterType::Lanczos3)
        } else {
            image
        };
        let jpeg = encode_jpeg(&kept, 88).map_err(|_| PhotoProblem::Unreadable)?;
        Ok(ListingUpload {
            jpeg,
            width: kept.width(),
            height: kept.height(),
        })
    })
    .await
    .map_err(|e| {
        tracing::error!(error = %e, "photo processing task failed");
        PhotoProblem::Unreadable
    })?
}

/// Resized copies of a stored JPEG, one per width (never enlarged): (width, JPEG bytes).
pub async fn resized(original: Vec<u8>, widths: Vec<u32>) -> anyhow::Result<Vec<(u32, Vec<u8>)>> {
    tokio::task::spawn_blocking(move || {
        let image = decode(original, ImageFormat::Jpeg)?;
        widths
            .into_iter()
            .map(|w| {
                let resized = if image.width() > w {
                    image.resize(w, u32::MAX, FilterType::Lanczos3)
                } else {
                    image.clone()
                };
                Ok((w, encode_jpeg(&resized, 82)?))
            })
            .collect()
    })
    .await?
}

fn encode_jpeg(image: &DynamicImage, quality: u8) -> image::ImageResult<Vec<u8>> {
    let mut out = Vec::with_capacity(256 * 1024);
    JpegEncoder::new_with_quality(&mut out, quality).encode_image(&image.to_rgb8())?;
    Ok(out)
}

fn decode(bytes: Vec<u8>, format: ImageFormat) -> image::ImageResult<DynamicImage> {
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    reader.limits(limits);
    let mut decoder = reader.into_decoder()?;
    let orientation = decoder.orientation()?;
    let mut image = DynamicImage::from_decoder(decoder)?;
    image.apply_orientation(orientation);
    Ok(image)
}

/// Where uploaded media lives: an object store (a local folder served at `/media/` by
/// default, an S3-compatible bucket when configured) and the public URL its keys are read
/// from. Keys are content hashes, so a stored object never changes and is cached forever.
#[derive(Clone, Debug)]
pub struct MediaStore {
    store: Arc<dyn ObjectStore>,
    base_url: String,
}

impl MediaStore {
    /// The store the configuration names.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        let store: Arc<dyn ObjectStore> = match &config.media_s3_bucket {
            Some(bucket) => {
                // Credentials and region come from the usual AWS_* variables.
                let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
                if let Some(endpoint) = &config.media_s3_endpoint {
                    builder = builder
                        .with_endpoint(endpoint)
                        .with_allow_http(endpoint.starts_with("http://"));
                }
                Arc::new(builder.build()?)
            }
            None => {
                std::fs::create_dir_all(&config.media_dir)?;
                Arc::new(LocalFileSystem::new_with_prefix(&config.media_dir)?)
            }
        };
        Ok(Self {
            store,
            base_url: config.media_base_url.trim_end_matches('/').to_string(),
        })
    }

    /// A store over any object store (tests use an in-memory one).
    pub fn with_store(store: Arc<dyn ObjectStore>, base_url: &str) -> Self {
        Self {
            store,
            base_url: base_url.trim_end_matches('/').to_string(),
        }
    }

    /// Stores `bytes` under `folder/<hash>.<ext>` and returns that key. Object stores write
    /// whole objects, so a reader never sees half a file.
    pub async fn put(
        &self,
        folder: &str,
        ext: &str,
        bytes: Vec<u8>,
    ) -> object_store::Result<String> {
        let key = format!("{folder}/{}.{ext}", content_name(&bytes));
        self.put_at(&key, bytes).await?;
        Ok(key)
    }

    /// Stores `bytes` under exactly `key`.
    pub async fn put_at(&self, key: &str, bytes: Vec<u8>) -> object_store::Result<()> {
        self.store
            .put(&ObjectPath::from(key), PutPayload::from(bytes))
            .await
            .map(|_| ())
    }

    /// The object at `key`.
    pub async fn get(&self, key: &str) -> object_store::Result<Vec<u8>> {
        let object = self.store.get(&ObjectPath::from(key)).await?;
        Ok(object.bytes().await?.to_vec())
    }

    /// Removes the object at `key` (a key this store returned); a missing one is fine.
    pub async fn remove(&self, key: &str) -> object_store::Result<()> {
        if key.split('/').any(|part| part.is_empty() || part == "..") {
            return Ok(());
        }
        match self.store.delete(&ObjectPath::from(key)).await {
            Err(object_store::Error::NotFound { .. }) => Ok(()),
            other => other,
        }
    }

    /// The public URL of a stored key.
    pub fn url_of(&self, key: &str) -> String {
        format!("{}/{key}", self.base_url)
    }

    /// The key behind one of this store's URLs, if it is one.
    pub fn key_of<'a>(&self, url: &'a str) -> Option<&'a str> {
        url.strip_prefix(self.base_url.as_str())?.strip_prefix('/')
    }
}

/// The first 128 bits of the content's SHA-256, in hex.
fn content_name(bytes: &[u8]) -> String {
    Sha256::digest(bytes)[..16]
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_are_recognised_by_signature_only() {
        assert_eq!(sniff(&[0xFF, 0xD8, 0xFF, 0xE0]), Some(ImageFormat::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(ImageFormat::Png));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageFormat::WebP));
        assert_eq!(sniff(b"<svg xmlns='http://www.w3.org/2000/svg'/>"), None);
        assert_eq!(sniff(b"GIF89a"), None);
        assert_eq!(sniff(b""), None);
    }

    #[tokio::test]
    async fn uploads_become_square_jpegs() {
        let mut png = Vec::new();
        DynamicImage::new_rgb8(900, 300)
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("encode test png");
        let jpeg = avatar_from_upload(png).await.expect("valid image");
        assert_eq!(sniff(&jpeg), Some(ImageFormat::Jpeg));
        let back = image::load_from_memory(&jpeg).expect("decodes");
        assert_eq!((back.width(), back.height()), (AVATAR_SIZE, AVATAR_SIZE));
    }

    #[tokio::test]
    async fn a_valid_signature_with_garbage_behind_it_is_unreadable() {
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(&[0u8; 64]);
        assert_eq!(
            avatar_from_upload(fake).await,
            Err(PhotoProblem::Unreadable)
        );
        assert_eq!(
            avatar_from_upload(b"hello".to_vec()).await,
            Err(PhotoProblem::NotAnImage)
        );
    }
}
