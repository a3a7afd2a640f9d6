"""Wild31 truth for reczoo/RecBook ctr_prediction.md: a list of industrial CTR/CVR-prediction papers
with Chinese reading notes.

Shape: `+ ` bullets under `###` topic headings (lines 12-141); the lines 5-9 bullets are the table of
contents (anchors), not entries.  Each bullet is one paper: one or two bracket tags before the title
(`**[SIGIR'21][SAM]**`, `[**DIN**][**Alibaba**]`, `[**KDD'19**]`, `[Arxiv'2021]`), sometimes an emoji
(`:star:`, `:+1:`), then the title, mostly as a link `[Title](url)`, then `, by Authors`, a venue in
italics and a company flag (`**:triangular_flag_on_post:Google**`).  Many bullets carry an indented
Chinese blockquote note (`> 本文...`), some ending in `[[Read more...](zhihu/...)]`; the note belongs to
the entry (the span runs to the last non-blank line before the next bullet or heading).
Special cases: lines 14, 16, 18, 21, 111, 113, 131, 134, 136, 140 name the title without a link
(title = the text after the tags up to `, by`, `. **:triangular`, `, *Venue*` or `. *Venue*`);
line 66 has a broken link (`] Deep Match ... Prediction](url)`, no opening bracket), title is the
text before `](`; line 101 puts the authors before the linked title (title = link text); line 18's
tags name FmFM/Yahoo while the title is "FM2: ..." (kept as written); line 140 has a company tag
only.  Tags, emoji, authors, venue and flags are not part of titles.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild31 import entry, read_lines, write_truth

NAME = "reczoo__RecBook__ctr_prediction@a1dd5e9.md"
PART = "wild31_development"

TAGS = re.compile(r"^(?:\s*(?::[a-z0-9_+]+:\s*)|\s*\*\*\[[^\]]*\](?:\[[^\]]*\])*\*\*|\s*\[\*\*[^\]]*\*\*\]|\s*\[[^\]]*\](?!\())+")
LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://[^)]*)\)")


def title_of(text: str) -> str:
    body = text[2:]  # drop "+ "
    body = TAGS.sub("", body).strip()
    if "](" in body and not body.startswith("["):
        # broken link: "Title](url)" or authors before a real link
        m = LINK.search(body)
        if m and body.index(m.group(0)) > 0 and not body.startswith(m.group(0)):
            return m.group(1)
        return body.split("](")[0]
    m = LINK.match(body)
    if m:
        return m.group(1)
    t = re.split(r", by |\s*\*\*:triangular|, \*| \*(?=[A-Z])|\. \*", body)[0]
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    starts = [i for i, ln in enumerate(lines, 1) if ln.startswith("+ ") and i >= 12]
    for s in starts:
        last = s
        j = s + 1
        while j <= len(lines):
            ln = lines[j - 1]
            if ln.startswith(("+ ", "#")):
                break
            if ln.strip():
                last = j
            j += 1
        papers.append(entry(lines, s, last, title_of(lines[s - 1])))
    assert len(papers) == 49, len(papers)
    write_truth(NAME, PART, papers,
                "Each '+ ' bullet under a ### heading (not the TOC bullets) with its Chinese note is one entry; title is the "
                "link text or, without a link, the text after the bracket tags up to ', by'/venue/flag.",
                "All 49 entries checked by eye against the file: tag stripping, unlinked titles, the broken link at line 66, "
                "the authors-first bullet at line 101, note spans.")


if __name__ == "__main__":
    main()
