"""Wild23 truth for jiphyeonjeon/season2 intermediate/README.md: a Korean NLP paper-study group's
presentation list (집현전 시즌2 중급반).

Shape: after a Korean header (maintainers, schedule sheet) and '## Presentations', one top-level
bullet per session, '- NN: Title' (session numbers 01-20 with 13 and 17 missing), each followed by
three blockquoted sub-bullets ('> - [Paper](url), [Video](...), [Slides](...)', '> - Keywords: ...',
'> - Team: <Korean names>').  The entry spans the title bullet and its three sub-bullet lines.
Title = the text after 'NN:' on the bullet line.
Special cases:
- lines 7-11: an HTML-commented example record (LSTM, with a Paper link), marked '<!-- 예시 -->'
  ("example"): a template, not rendered and not a session: not an entry.
- line 12 (01): 'Google's Neural Machine Translation', no Paper link (Video and Slides only): still a
  session presenting a paper (GNMT), kept with the title as written.
- line 24 (04): 'Task-oriented Dialogue System에 대한 넓고 얕은 지식들' ("broad, shallow knowledge of
  task-oriented dialogue systems"): a topic survey talk, not one scholarly work: not an entry.
- line 40 (08): two papers joined by ' & ' (GPT-1 and GPT-2), with links Paper1 / Papaer2: two
  entries on the same lines, one title each (neither link is arXiv).
- line 72 (18): 'Graph Attention Networks(GAT)': the abbreviation glued on in parentheses is a
  nickname label, not part of the title: title 'Graph Attention Networks'.
- line 36 (07): the title keeps the paper's own '$&!#*'.
Count check: 18 session bullets (lines matching '^- \\d\\d:'), minus 1 talk, plus 1 for the
two-paper line = 18 entries; 15 arXiv ids (all sessions with a Paper link to arxiv.org).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild23 import entry, read_lines, write_truth

NAME = "jiphyeonjeon__season2__intermediate__README@a174778.md"
PART = "wild23_development"
TALKS = {24}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = 0
    for i, text in enumerate(lines, 1):
        m = re.match(r"- (\d\d):\s+(.+?)\s*$", text)
        if not m:
            continue
        bullets += 1
        end = i
        while end < len(lines) and lines[end].lstrip().startswith(">"):
            end += 1
        assert end - i == 3, (i, end)
        if i in TALKS:
            continue
        title = m.group(2)
        if " & " in title:
            for part in title.split(" & "):
                papers.append(entry(lines, i, end, part))
            continue
        title = title.removesuffix("(GAT)")
        papers.append(entry(lines, i, end, title))
    assert bullets == 18, bullets
    assert len(papers) == 18, len(papers)
    assert sum(1 for p in papers if p["arxiv"]) == 15
    write_truth(NAME, PART, papers,
                "each '- NN: Title' session bullet with its three blockquoted link/keyword/team lines is an"
                " entry, title = the text after 'NN:'; the commented-out LSTM example and the Korean topic talk"
                " (04) are not entries, the GPT-1 & GPT-2 line (08) is two entries, '(GAT)' dropped from 18",
                "every one of the 18 sessions read by eye against the file (titles, spans, arXiv ids incl."
                " 1805.01070v2 -> 1805.01070 and a pdf link), the HTML comment at lines 7-11, the talk at"
                " line 24 and the two-paper line 40")


if __name__ == "__main__":
    main()
