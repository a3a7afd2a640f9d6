"""Wild22 truth for simics-ja/uww2018 program.md: the Japanese programme of a workshop (UWW 2018).

Shape: a Jekyll page written in raw HTML inside Markdown.  Under '<h1>' day headings and
'<h2 id=...>' session headings (with time, 'セッションN: name'), each session has a chair line
'<p>座長: ...</p>', a legend line '<i class="fas fa-user" ...></i>: 発表者' and an '<ol>' whose
items are two lines each:
    <li style="margin-bottom: 1rem;">TITLE<br />
    <i class="fas fa-user" style="margin-right: 5px"></i>AUTHOR(AFFIL), AUTHOR(AFFIL)</li>
Title = the text of the '<li>' line before '<br />' (Japanese titles, a few with Latin words,
one with '「...」' quotes on line 189, one with '~' on line 191).
Entries: every programme item is a workshop presentation published in the workshop's proceedings
(line 9 says the order differs from the proceedings), so each '<li>' is one entry, including the
two faculty sessions '極1'/'極2' (lines 167-193).  Not an entry: line 185, the item '未定' ('to be
decided') in session 10, which names no work.  Not entries either: the day and session headings,
reception/night-session/closing headings, the chair lines, the anchor menu (lines 11-14) and the
bus timetable at the end.
No ids (no links at all).
Count check: 54 '<li' lines (10 sessions: 6+6+6+6+6+6+4+6+4+4) = 53 entries + 1 '未定'.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild22 import entry, read_lines, write_truth

NAME = "simics-ja__uww2018__program@5ff872e.md"
PART = "wild22_development"
UNDECIDED = 185


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    items = 0
    for i, text in enumerate(lines, 1):
        if not text.startswith("<li"):
            continue
        items += 1
        m = re.fullmatch(r'<li style="margin-bottom: 1rem;">(.+)<br />', text)
        assert m, i
        nxt = lines[i]
        assert nxt.startswith('<i class="fas fa-user"') and nxt.endswith("</li>"), i
        if i == UNDECIDED:
            assert m.group(1) == "未定"
            continue
        papers.append(entry(lines, i, i + 1, m.group(1)))
    assert items == 54, items
    assert len(papers) == 53, len(papers)
    write_truth(NAME, PART, papers,
                "every '<li>' programme item (title line + presenter line) of the ten sessions is an entry, its"
                " title the text before '<br />'; the one item '未定' (to be decided, line 185) names no work and"
                " is not an entry",
                "all 54 items read by eye against the file: 53 titles checked character by character in the -v"
                " output (first and last of each session, the Latin-script ones on lines 30, 62, 68, 121, 129, 173, the"
                " quoted one on 189 and the '~' one on 191); the '未定' slot, headings, chair lines and bus times excluded")


if __name__ == "__main__":
    main()
