//! Checking and normalising an uploaded profile picture.
//!
//! The bytes are trusted for nothing: the format is recognised from the
//! content (never from the file name or the declared type), only PNG, JPEG,
//! GIF and WebP are decoded, dimensions and decoder memory are capped before
//! any pixel is allocated, and what is stored is a fresh PNG re-encoded from
//! pixels (no metadata, no polyglot file survives).

use std::io::Cursor;

use domain::profile::{AVATAR_MAX_BYTES, AVATAR_MAX_SIDE, AVATAR_SIDE};
use domain::ErrorCode;
use image::error::{ImageError, LimitErrorKind};
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder as _, ImageFormat, ImageReader, Limits};

/// Decoder memory allowed for one picture: enough for a 48-megapixel RGB
/// photo, far less than what a crafted file could ask for.
const MAX_DECODER_BYTES: u64 = 160 * 1024 * 1024;

const ACCEPTED: [ImageFormat; 4] = [ImageFormat::Png, ImageFormat::Jpeg, ImageFormat::Gif, ImageFormat::WebP];

/// Turns an upload into the stored avatar: a `AVATAR_SIDE`² PNG cropped from
/// the centre. CPU-bound: call it from a blocking thread.
pub fn normalise(bytes: &[u8]) -> Result<Vec<u8>, ErrorCode> {
    if bytes.len() > AVATAR_MAX_BYTES {
        return Err(ErrorCode::ImageTooLarge);
    }
    let format = image::guess_format(bytes).map_err(|_| ErrorCode::ImageInvalid)?;
    if !ACCEPTED.contains(&format) {
        return Err(ErrorCode::ImageInvalid);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(AVATAR_MAX_SIDE);
    limits.max_image_height = Some(AVATAR_MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODER_BYTES);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits.clone());
    let mut decoder = reader.into_decoder().map_err(refusal)?;
    // `into_decoder` checks the dimensions only; the pixel buffer about to
    // be allocated is checked here (as `ImageReader::decode` does).
    limits.reserve(decoder.total_bytes()).map_err(refusal)?;
    // Phones store photos sideways and say so in EXIF; the avatar shows
    // them upright.
    let orientation = decoder.orientation().map_err(refusal)?;
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal)?;
    picture.apply_orientation(orientation);
    let square = picture.resize_to_fill(AVATAR_SIDE, AVATAR_SIDE, FilterType::CatmullRom).into_rgba8();
    let mut png = Vec::new();
    square.write_to(&mut Cursor::new(&mut png), ImageFormat::Png).map_err(|e| {
        tracing::error!(error = %e, "encoding an avatar failed");
        ErrorCode::ImageInvalid
    })?;
    Ok(png)
}

fn refusal(e: ImageError) -> ErrorCode {
    match e {
        ImageError::Limits(l) if matches!(l.kind(), LimitErrorKind::DimensionError) => {
            ErrorCode::ImageTooManyPixels
        }
        // The decoder would need more memory than allowed: within the side
        // limit only a deep colour type gets here, still "too many pixels".
        ImageError::Limits(_) => ErrorCode::ImageTooManyPixels,
        _ => ErrorCode::ImageInvalid,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder as _, Rgba, RgbaImage};

    fn png(width: u32, height: u32) -> Vec<u8> {
        let img = RgbaImage::from_fn(width, height, |x, y| Rgba([(x % 256) as u8, (y % 256) as u8, 90, 255]));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png).expect("encode");
        out
    }

    fn encoded(format: ImageFormat) -> Vec<u8> {
        let img = DynamicImage::ImageRgb8(image::RgbImage::from_pixel(40, 30, image::Rgb([200, 10, 10])));
        let mut out = Vec::new();
        img.write_to(&mut Cursor::new(&mut out), format).expect("encode");
        out
    }

    fn crc32(bytes: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for b in bytes {
            crc ^= u32::from(*b);
            for _ in 0..8 {
                crc = if crc & 1 == 1 { (crc >> 1) ^ 0xedb8_8320 } else { crc >> 1 };
            }
        }
        !crc
    }

    /// A valid 1×1 PNG whose header then claims other dimensions and colour
    /// depth: a few dozen bytes that would need gigabytes once decoded.
    fn bomb(width: u32, height: u32, bit_depth: u8) -> Vec<u8> {
        let mut bytes = Vec::new();
        image::codecs::png::PngEncoder::new(&mut bytes)
            .write_image(&[0, 0, 0, 255], 1, 1, image::ExtendedColorType::Rgba8)
            .expect("encode");
        // Signature (8), then IHDR: length (4), type (4), data (13), CRC (4).
        assert_eq!(&bytes[12..16], b"IHDR");
        bytes[16..20].copy_from_slice(&width.to_be_bytes());
        bytes[20..24].copy_from_slice(&height.to_be_bytes());
        bytes[24] = bit_depth;
        let crc = crc32(&bytes[12..29]);
        bytes[29..33].copy_from_slice(&crc.to_be_bytes());
        bytes
    }

    #[test]
    fn a_picture_becomes_a_square_png() {
        let out = normalise(&png(640, 360)).expect("accepted");
        assert!(out.starts_with(b"\x89PNG\r\n\x1a\n"));
        let back = image::load_from_memory_with_format(&out, ImageFormat::Png).expect("decodes");
        assert_eq!((back.width(), back.height()), (AVATAR_SIDE, AVATAR_SIDE));
        let tiny = normalise(&png(3, 5)).expect("small pictures are scaled up");
        let back = image::load_from_memory(&tiny).expect("decodes");
        assert_eq!((back.width(), back.height()), (AVATAR_SIDE, AVATAR_SIDE));
    }

    #[test]
    fn jpeg_gif_and_webp_are_accepted() {
        for format in [ImageFormat::Jpeg, ImageFormat::Gif, ImageFormat::WebP] {
            let out = normalise(&encoded(format)).unwrap_or_else(|e| panic!("{format:?}: {e}"));
            assert!(out.starts_with(b"\x89PNG"), "{format:?} is stored as PNG");
        }
    }

    #[test]
    fn anything_else_is_refused_whatever_its_name() {
        // A text file renamed avatar.png: the name is never looked at.
        let text = b"Hello, this is not a picture at all.\n".to_vec();
        assert_eq!(normalise(&text), Err(ErrorCode::ImageInvalid));
        assert_eq!(normalise(&[]), Err(ErrorCode::ImageInvalid));
        // A real image format that is not accepted (a BMP header).
        let mut bmp = b"BM".to_vec();
        bmp.extend_from_slice(&[0; 60]);
        assert_eq!(normalise(&bmp), Err(ErrorCode::ImageInvalid));
        // The PNG signature followed by garbage.
        let mut fake = b"\x89PNG\r\n\x1a\n".to_vec();
        fake.extend_from_slice(&[7; 200]);
        assert_eq!(normalise(&fake), Err(ErrorCode::ImageInvalid));
        // A PNG cut in the middle.
        let whole = png(64, 64);
        assert_eq!(normalise(&whole[..whole.len() / 2]), Err(ErrorCode::ImageInvalid));
    }

    #[test]
    fn oversize_files_are_refused_before_decoding() {
        let mut big = png(8, 8);
        big.resize(AVATAR_MAX_BYTES + 1, 0);
        assert_eq!(normalise(&big), Err(ErrorCode::ImageTooLarge));
    }

    #[test]
    fn decompression_bombs_are_refused() {
        // 100 000 × 100 000 pixels declared in 70 bytes.
        let b = bomb(100_000, 100_000, 8);
        assert!(b.len() < 100);
        assert_eq!(normalise(&b), Err(ErrorCode::ImageTooManyPixels));
        // Within the side limit, but 16-bit RGBA needs 512 MiB to decode.
        assert_eq!(normalise(&bomb(8_192, 8_192, 16)), Err(ErrorCode::ImageTooManyPixels));
        // One side too long is enough.
        assert_eq!(normalise(&bomb(AVATAR_MAX_SIDE + 1, 1, 8)), Err(ErrorCode::ImageTooManyPixels));
    }
}
