//! Uploaded photos: recognised by their first bytes (never by name or declared type),
//! decoded under size and pixel limits, and re-encoded, so what Haven serves is always an
//! image it made itself: no metadata (a phone photo's GPS position), no polyglot files.
//! Stored under a content hash in the media folder, which is served at `/media/` with
//! immutable caching; a deploy with several hosts points `HAVEN_MEDIA_DIR` at shared
//! storage (the CDN bucket of the topology issue).

use crate::app::types::account::PhotoProblem;
use image::codecs::jpeg::JpegEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};
use sha2::{Digest, Sha256};
use std::io::Cursor;
use std::path::{Path, PathBuf};

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

/// A folder of media files, each named by the hash of its content.
#[derive(Clone, Debug)]
pub struct MediaStore {
    root: PathBuf,
}

impl MediaStore {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Stores `bytes` under `folder/<hash>.<ext>` and returns that key. Written to a
    /// temporary name and renamed, so a reader never sees half a file.
    pub async fn put(&self, folder: &str, ext: &str, bytes: &[u8]) -> std::io::Result<String> {
        let hash = Sha256::digest(bytes);
        let name: String = hash[..16].iter().map(|b| format!("{b:02x}")).collect();
        let key = format!("{folder}/{name}.{ext}");
        let dir = self.root.join(folder);
        tokio::fs::create_dir_all(&dir).await?;
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        tokio::fs::write(&tmp, bytes).await?;
        tokio::fs::rename(&tmp, self.root.join(&key)).await?;
        Ok(key)
    }

    /// Removes the file at `key` (a key this store returned); a missing file is fine.
    pub async fn remove(&self, key: &str) -> std::io::Result<()> {
        if key.split('/').any(|part| part.is_empty() || part == "..") {
            return Ok(());
        }
        match tokio::fs::remove_file(self.root.join(key)).await {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

/// The public URL of a stored key.
pub fn url_of(key: &str) -> String {
    format!("/media/{key}")
}

/// The key behind one of our media URLs, if it is one.
pub fn key_of(url: &str) -> Option<&str> {
    url.strip_prefix("/media/")
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
