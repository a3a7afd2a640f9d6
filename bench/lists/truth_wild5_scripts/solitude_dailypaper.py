"""Wild5 truth for solitude-alive/DailyPaper DailyPaper.md: an LLM-written daily arXiv digest (one day).

Shape: '# The Latest Daily Papers - Date: ...', then '## Highlight Papers': 11 cards, each a
'### **[Title](http://arxiv.org/abs/IDvN)**' heading, a '- **Summary**:' bullet that runs over
many lines (a generated summary and critical evaluation with its own bold sub-headings and
'* **...**' bullets, 'Score: 8' text) and a closing '- **Score**: N/10' bullet.  Then
'## Other Papers': 139 bare '### **[Title](arXiv url)**' heading lines, one per paper, with no text
between them.  Every heading is an entry (150); the highlight papers appear again under Other
Papers and are counted twice (repeated records are separate entries).  Highlight card: heading to
its '- **Score**:' bullet; other papers: the heading line alone.  Title = the heading's link text;
arXiv id from its link (version dropped).  The bold words inside the summaries are not entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild5 import entry, read_lines, write_truth

NAME = "solitude-alive__DailyPaper__DailyPaper@fa53ae2.md"
PART = "wild5_development"
HEAD = re.compile(r"### \*\*\[(.+)\]\((http://arxiv\.org/abs/\d{4}\.\d{5}v\d+)\)\*\*")


def main() -> None:
    lines = read_lines(NAME)
    other = lines.index("## Other Papers") + 1
    assert lines.index("## Highlight Papers") + 1 == 2
    papers = []
    highlights = 0
    for i, text in enumerate(lines, 1):
        m = HEAD.fullmatch(text)
        if not m:
            assert not text.startswith("### "), i
            continue
        end = i
        if i < other:
            while not lines[end - 1].startswith("- **Score**: "):
                end += 1
                assert not lines[end - 1].startswith("#"), i
            highlights += 1
        papers.append(entry(lines, i, end, m.group(1)))
    assert highlights == 11
    assert len(papers) - highlights == 508 - 369 == 139
    titles = [p["title"] for p in papers]
    assert all(t in titles[11:] for t in titles[:11])  # each highlight is listed again
    write_truth(NAME, PART, papers,
                "every '### **[Title](arXiv url)**' heading is an entry: the 11 highlight cards from the heading to"
                " their '- **Score**: N/10' bullet, the 139 'Other Papers' headings one line each (the highlights"
                " repeated there count again); title = the link text, arXiv id from the link",
                "all 150 headings (grep '^### ' = 150, 11 '- **Score**:' bullets, Other Papers lines 370-508),"
                " the 11 card spans, titles with quotes, '?', '*' and 'Nyström' against the file; no DOI")


if __name__ == "__main__":
    main()
