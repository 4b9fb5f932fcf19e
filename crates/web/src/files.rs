//! Files in and out: downloads the user asked for, files the user picked,
//! and the clipboard. Nothing here talks to a network.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::TargetCast;

/// Offers `contents` as a file download named `filename`.
pub fn download(filename: &str, mime: &str, contents: &str) -> Result<(), JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let document = gloo::utils::document();
    let a: web_sys::HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_hidden(true);
    gloo::utils::body().append_child(&a)?;
    a.click();
    a.remove();
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadError {
    /// Larger than the caller's limit; not read at all.
    TooLarge { size: u64, max: u64 },
    /// The browser could not read it, or it is not UTF-8 text.
    NotText,
}

/// Reads a file the user picked as UTF-8 text, refusing anything over
/// `max_bytes` before reading it, so a huge file cannot freeze the page.
pub async fn read_text(file: &web_sys::File, max_bytes: u64) -> Result<String, ReadError> {
    let size = file.size() as u64;
    if size > max_bytes {
        return Err(ReadError::TooLarge {
            size,
            max: max_bytes,
        });
    }
    let buffer = JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| ReadError::NotText)?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    String::from_utf8(bytes).map_err(|_| ReadError::NotText)
}

/// The first file chosen in an `<input type="file">` change event.
pub fn picked_file(e: &yew::Event) -> Option<web_sys::File> {
    let input: web_sys::HtmlInputElement = e.target_dyn_into()?;
    let file = input.files()?.get(0);
    // Reset so picking the same file again fires `change` again.
    input.set_value("");
    file
}

/// Puts `text` on the clipboard.
pub async fn copy_text(text: &str) -> Result<(), JsValue> {
    let clipboard = gloo::utils::window().navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ())
}
