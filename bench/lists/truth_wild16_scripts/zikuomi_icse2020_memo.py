"""Wild16 truth for zikuomi/ICSE-2020-memo ICSE2020Memo.md: a Japanese student's diary of ICSE 2020 abstracts read.

Shape (CRLF line ends): a '# Tags' count table in <details>, then one '# 6/23 (15 absts)' heading per
reading day, '## <font color="orange"> I2 Security </font> (4 TPs, 2 NIERs)' session headings
(sessions skipped are struck through '~...~' with no items), each session's records inside
<div class="waku"><details open> and separated by '___' rules.  A record is
'- Title: <title> (paper|journal|practice)' (the title sometimes wrapped in
<font color="orange">...</font>, once without the type tag: 'Debugging Inputs'), then a '>' line,
Japanese notes (背景/提案手法/実装/実験), 'Tag_...' lines and a free comment.  No links: no ids.

Entry: every '- Title:' record with a title (all are ICSE 2020 technical, journal-first or SEIP
papers).  Lines: from the '- Title:' line to the last non-blank line before the next '___', record,
heading or '</details>'.  Title = the text after 'Title:' with the font tags and the trailing
'(paper)'/'(journal)'/'(practice)' type dropped, and one closing '.' before the type dropped
('... A Case Study on F-Droid.').  Not entries: the two empty '- Title:' templates at the end of the
file (lines 1746, 1753, no paper named) and the tag table.

Counts: 108 '- Title' lines (grep -c) - 2 empty templates = 106; per type 59 paper + 34 journal +
12 practice + 1 untyped = 106 (grep -c '(paper)' etc. on the Title lines).  The day headings'
running total says 104 at 7/1 and two later sessions add more.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "zikuomi__ICSE-2020-memo__ICSE2020Memo@afd477f.md"
PART = "wild16_development"
LINES = read_lines(NAME)
TITLE = re.compile(r"- Title:\s*(.*?)\s*$")
KIND = re.compile(r"\s*\((paper|journal|practice)\)$")


def stop(text: str) -> bool:
    return text.strip() == "___" or text.startswith(("- Title", "#", "</details>"))


def main() -> None:
    papers, kinds = [], {}
    n = len(LINES)
    title_lines = [i for i in range(1, n + 1) if LINES[i - 1].startswith("- Title")]
    assert len(title_lines) == 108
    for i in title_lines:
        raw = TITLE.match(LINES[i - 1]).group(1)
        if not raw:
            assert i in (1746, 1753), i
            continue
        plain = re.sub(r"</?font[^>]*>", "", raw).strip()
        m = KIND.search(plain)
        kind = m.group(1) if m else None
        kinds[kind] = kinds.get(kind, 0) + 1
        title = KIND.sub("", plain).strip()
        if kind:
            title = title.rstrip(".")
        end = i + 1
        while end <= n and not stop(LINES[end - 1]):
            end += 1
        end -= 1
        while not LINES[end - 1].strip():
            end -= 1
        papers.append(entry(LINES, i, end, title))
    assert kinds == {"paper": 59, "journal": 34, "practice": 12, None: 1}, kinds
    assert len(papers) == 106
    write_truth(NAME, PART, papers,
                "every '- Title: <title> (paper|journal|practice)' record with a title is an entry, lines = the Title"
                " line to the last note line before the next '___' rule; title = the text after 'Title:' without the"
                " <font> tags, the type in brackets and a closing '.'; two empty template records are not entries",
                "all 106 titles against the file (108 Title lines by grep, 2 empty templates; per type 59/34/12 + 1"
                " untyped), spans of the first and last record of each session and of the records right before"
                " '</details>'; no links, so no ids")


if __name__ == "__main__":
    main()
