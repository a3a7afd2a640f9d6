"""Wild7 truth for RochaCarla/carlarocha.github.com _pages/publications.md: a Brazilian professor's
publication page in Portuguese ('Publicações Científicas', 'Lista Completa de Publicações'), a Jekyll
page whose Markdown is a <style> block (lines 8-320) and then HTML only: a 'Destaques' (highlights) grid and
year groups ('<div class="year-title"><h3>2025</h3><span class="count">4</span></div>'), each paper a
card over six or seven lines:

    <div class="pub-card">
      <div class="year">Venue or kind</div>
      <div class="title">Title</div>            (once the title is a link: <a href=...>Title</a>)
      <div class="authors">Authors</div>
      <span class="citations">743 citações</span>   (or 'Novo', 'new'; highlights put it in a badge)
    </div>

Entries: every pub-card (23): 3 under the <h2> 'Publicações de Alto Impacto' (highlights, lines 351-371; they
repeat three papers of the full list and are separate entries) and 20 in the year groups; the entry runs
from '<div class="pub-card' to its closing '</div>'.  The 'Technical Report' card (2025) is an entry
(a technical report).  Titles are English or Portuguese ('Colaboração multissetorial ...', 'A influência
da intensidade emocional ...', 'Planejamento de trajetória ...').
Title: the text of the 'title' div (the link text where it is linked).
Not entries: the hero links (Google Scholar, Lattes, Apple Books), the 'Sobre' (about) paragraphs.
The year groups' count badges disagree with their cards (2023 says 5, has 4; 2016 says 2, has 1;
2014-2015 says 3, has 2): the cards are counted, not the badges.

Counts: grep -c 'class="pub-card' = 23 = 3 + (4 + 1 + 4 + 2 + 3 + 1 + 2 + 3); no ids (one journal link
without a DOI).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "RochaCarla__carlarocha.github.com___pages__publications@bf59368.md"
PART = "wild7_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    group = "highlights"
    per: dict[str, int] = {}
    i = 0
    while i < len(lines):
        text = lines[i]
        m = re.search(r'<div class="year-title"><h3>(.+?)</h3>', text)
        if m:
            group = m.group(1)
        if '<div class="pub-card' not in text:
            i += 1
            continue
        first = i + 1
        j = i + 1
        while lines[j].strip() != "</div>":
            j += 1
        last = j + 1
        card = "\n".join(lines[first - 1 : last])
        title = re.search(r'<div class="title">(.*?)</div>', card).group(1)
        papers.append(entry(lines, first, last, title))
        per[group] = per.get(group, 0) + 1
        i = j + 1
    assert per == {"highlights": 3, "2025": 4, "2024": 1, "2023": 4, "2021": 2, "2019": 3, "2016": 1,
                   "2014-2015": 2, "2007": 3}, per
    assert len(papers) == 23
    write_truth(NAME, PART, papers,
                "every <div class=\"pub-card\"> (highlights and year groups) is an entry from its opening to"
                " its closing </div>; title = the text of its 'title' div (link text where linked); highlight"
                " cards repeating papers of the full list are separate entries",
                "all 23 cards one by one (line spans, titles, the linked title at 386, the Portuguese titles,"
                " the technical report), per-group counts against the cards (badges 2023/2016/2014-2015"
                " disagree with the cards), the style block and hero links skipped")


if __name__ == "__main__":
    main()
