"""Wild22 truth for maggiehuan/paper_notes README.md: a student's personal paper reading list (Obsidian vault).

Shape (68 lines): '##'-'#####' topic headings, under them numbered items ('1. ...') or bullets
('- ...'), one paper per item, written by hand in three ways:
  * 'Title URL' (plain title, then a bare URL; most items),
  * '[[Title]] URL' or '[[Title]],  URL,' (Obsidian wikilink to the note, then the URL; lines 12-17),
  * 'Title URL [[Title]]' (line 5: title, URL, then the wikilink repeating the title).
Title = the wikilink's text when the item starts with '[[', else the text before the first URL;
a trailing comma/space is dropped.  Special records: line 9 is a bare paragraph (no list marker)
under '## Reasoning' and is a paper; lines 43 and 44 ('Using games to understand the mind',
'People construct simplified mental representations to plan') name a paper with no link at all
(both are journal papers); line 63 (DeepSeek-R1) links a PDF on GitHub and line 18 ('Skill in
Chess') a scanned PDF; both are papers.  The same paper twice (s1, lines 45 and 60) is two entries.
Not entries: empty list items (lines 23 '12. ', 34, 51, 67 '- '), the intro, the headings and the
'With notes:' / 'W/o notes:' labels (lines 48, 52).
Count check: 41 non-empty, non-heading lines from line 5 on, minus the two labels = 39 entries
(by section: 2 + 1 + 11 + 3 + 1 + 4 + 3 + 2 + 12); 28 carry an arXiv id; line 17 repeats line 12's
id (2402.04494) as the file writes it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "maggiehuan__paper_notes__README@7f4f700.md"
PART = "wild22_development"
LABELS = {"With notes:", "W/o notes:"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for i, text in enumerate(lines, 1):
        if i < 5 or not text.strip() or text.startswith("#") or text.strip() in LABELS:
            continue
        body = re.sub(r"^(?:\d+\.|-)\s*", "", text).strip()
        if not body:
            continue  # empty list item
        m = re.match(r"\[\[(.+?)\]\]", body)
        if m:
            title = m.group(1)
        else:
            title = re.split(r"\s*https?://", body)[0]
        title = title.strip().rstrip(",").strip()
        assert title and title in text, i
        papers.append(entry(lines, i, i, title))
    assert len(papers) == 39, len(papers)
    nolink = [p for p in papers if not re.search(r"https?://", lines[p["line"] - 1])]
    assert [p["line"] for p in nolink] == [43, 44], nolink
    write_truth(NAME, PART, papers,
                "every non-empty numbered or bulleted item (and the bare paragraph on line 9) under the topic"
                " headings is one paper; title = the [[wikilink]] text when the item starts with one, else the"
                " text before the first URL; empty items and the 'With notes:'/'W/o notes:' labels are not entries",
                "all 39 entries read by eye against the file (every line), titles and arXiv ids (v1/v3 suffixes"
                " dropped) checked; the two link-less items (43, 44) and the GitHub/CMU PDF links (18, 63) checked")


if __name__ == "__main__":
    main()
