"""Open truth (batch 3) for thmccormick/website_tyler content/class/567_au20_schedule.md: the weekly
schedule of a UW course on social network analysis (Stat/CSSS 567, Fall 2020), a Hugo page.

Under each '#### Week N' heading, '+' bullets (slides, textbook chapters, lab, homework) and
'Readings' bullets whose tab-indented '+' sub-bullets are the readings: author-first references,
'Authors (Year). [Title](url). *Journal*, vol(issue), pages.', the title the link text (once
between ‘‘…’’ or “…” quotes outside the link, once in quotes inside it).  Three readings wrap
over two lines (54-55, 56-57, 72-73): the entry runs over both.  Two readings have no link and a
plain-text title (88: Rohe et al.; 162: Hardy et al.).  One lab bullet names a paper (147,
Hoff's 'Dyadic data analysis with amen', arXiv): an entry.

Not entries: the textbooks (SAND, SANDr) and 'SAND chapter N' bullets, slides, labs, homework,
Bret Victor's web essay 'Scientific Communication As Sequential Art' (line 70, worrydream.com)
and Breza's chapter in The Oxford Handbook of the Economics of Networks (line 133): a web essay
and a handbook chapter, readings but not papers.  Working papers and NBER papers are papers.

Title: the link text (or the plain-text title), with the quotes and final period that line 141
puts inside the link ('"Why do Firms Hire ... Factories."') removed; the quotes that open line
65's title ('"Don't put my name on it": ...') are part of the title and kept.
"""
import re

from _open import Open

NAME = "thmccormick__website_tyler__content__class__567_au20_schedule@46594d0.md"

NOT_PAPERS = {70: "Bret Victor's web essay", 133: "Breza's Oxford Handbook chapter"}
PLAIN = {
    88: "Spectral clustering and the high-dimensional stochastic blockmodel",
    162: "Estimating Spillovers Using Imprecisely Measured Networks",
}
LAB_PAPER = 147


def main() -> None:
    t = Open(NAME)
    n = len(t.lines)
    for i, text in enumerate(t.lines, 1):
        if not (re.match(r"[ \t]*\t\+ ", text) or i == LAB_PAPER) or i in NOT_PAPERS:
            continue
        end = i
        while end < n and t.line(end + 1).strip() and not re.match(r"\s*\+|#", t.line(end + 1)):
            end += 1
        if i in PLAIN:
            title = PLAIN[i]
            assert title in text, i
        else:
            span = " ".join(t.line(j).strip() for j in range(i, end + 1))
            m = re.search(r"\[([^\]]+)\]\(", span)
            title = m.group(1)
            if title.startswith('"') and title.endswith('."'):
                title = title[1:-2]
        t.add(i, end, title)
    t.write("every tab-indented '+' reading under a week's 'Readings' bullet is an entry (a wrapped reading runs"
            " over its two lines), plus the lab bullet naming Hoff's amen paper, title = the link text (or the"
            " plain-text title of the two readings without a link); Bret Victor's web essay, a handbook chapter,"
            " textbooks and their chapters, slides, labs and homework are not entries",
            "the whole file line by line: 77 entries (every reading bullet of weeks 1-8 and 10, the 3 wrapped"
            " readings' spans, the 2 plain-text titles, the quoted titles of lines 65, 72, 113, 119, 141), the 2"
            " readings left out and every non-reading bullet")


if __name__ == "__main__":
    main()
