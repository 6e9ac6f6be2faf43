//! Text that leaves through a channel which does not escape it for us.

/// `text` safe between HTML tags and inside double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_a_title_becomes_text() {
        assert_eq!(
            escape_html(r#"</title><meta http-equiv="refresh" content='0;url=//evil'> & co"#),
            "&lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot; content=&#39;0;url=//evil&#39;&gt; &amp; co"
        );
        assert_eq!(escape_html("Привет, l'été"), "Привет, l&#39;été");
    }
}
