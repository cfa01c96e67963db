"""Main text of each HTML page by python-readability (Debian's python3-readability), as paragraphs.

    python3 readability-text.py OUT_DIR PAGE.html...   writes OUT_DIR/PAGE.txt for each page
"""
import os
import sys

import lxml.html
from readability import Document

BLOCKS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
          "td", "tr", "table", "ul", "ol", "dd", "dt", "br"}


def text_of(summary_html):
    root = lxml.html.fromstring(summary_html)
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    lines = [" ".join(part.split()) for part in root.text_content().split("\n\n")]
    return "\n\n".join(line for line in lines if line)


def main():
    out_dir = sys.argv[1]
    os.makedirs(out_dir, exist_ok=True)
    for path in sys.argv[2:]:
        with open(path, "rb") as f:
            html = f.read()
        name = os.path.splitext(os.path.basename(path))[0]
        try:
            text = text_of(Document(html).summary(html_partial=True))
        except Exception as e:  # a page the reference cannot read scores 0, as an empty extraction would
            print(f"readability failed on {path}: {e}", file=sys.stderr)
            text = ""
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text + "\n")


if __name__ == "__main__":
    main()
