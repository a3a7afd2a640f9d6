"""Wild35 truth for inouelab-waseda/inouelab-waseda.github.io source/achievement/index.md: a Japanese
lab's (Inoue lab, Waseda) publication page for a Hexo site, mostly Japanese-language titles.

Shape: three parts in one file.
- Lines 6-108, under an HTML <h1> "論文一覧" (list of papers): Markdown records "## Title" /
  authors / venue,date / "[LINK](url)", 20 of them (Japanese and English titles).  Entry = heading to
  its LINK line; title = heading text.
- Lines 112-124: the older list, pasted as rendered HTML: one line per paper,
  '<h2 id=..><a href="#.." class="headerlink" title="T"></a>T</h2><p>authors<br>venue<br><a ..>link</a></p>'.
  Entry = the line; title = the h2 text.  Line 117 ("International Workshop on Statistical-mechanical
  Informatics 2009 (IW-SMI 2009)", "(editors)") is an edited proceedings volume, not a paper: not an entry.
- Lines 126-180, under <h1> "学会発表一覧" (list of conference presentations): the same HTML h2 shape,
  52 presentations at Japanese and international meetings (研究会 / workshop / conference talks and
  posters, most with a technical-report citation).  Each names one research work and is an entry,
  including the invited seminar (173) and the tutorial talk (159) which also present the lab's work.
  Line 136 (award notice in its own <p>) belongs to the entry on 135; line 153 (a <p> with the
  proceedings) belongs to the entry on 152.
Repeats (100 and 127; 116 and 157; 118 and 163) are separate entries.  Mojibake "?" for dashes and
full-width spaces/tildes in titles are kept as written (whitespace collapsed).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild35 import entry, read_lines, write_truth

NAME = "inouelab-waseda__inouelab-waseda.github.io__source__achievement__index@2355d1d.md"
PART = "wild35_development"

NOT_PAPERS = {117}
CONTINUED = {135: 136, 152: 153}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    md_heads = [n for n, t in enumerate(lines, 1) if t.startswith("## ")]
    for h in md_heads:
        end = h
        while end < len(lines) and lines[end].strip() and not lines[end].startswith("## "):
            end += 1
        assert lines[end - 1].startswith("[LINK]("), (h, end)
        papers.append(entry(lines, h, end, lines[h - 1][3:]))
    for n, text in enumerate(lines, 1):
        m = re.match(r'<h2 id="[^"]*"><a href="[^"]*" class="headerlink" title="[^"]*"></a>(.*?)</h2>', text)
        if not m or n in NOT_PAPERS:
            continue
        papers.append(entry(lines, n, CONTINUED.get(n, n), m.group(1)))

    assert len(md_heads) == 20, len(md_heads)
    assert len(papers) == 20 + 12 + 52, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each Markdown '## Title' record and each HTML <h2> paper or presentation record is an entry, its title "
        "the heading text; the edited proceedings volume (line 117) is not.",
        "Read all 184 lines; every entry's title, span and ids (1 arXiv, 4 DOIs) checked by eye against the file.",
    )


if __name__ == "__main__":
    main()
