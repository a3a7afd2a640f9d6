"""Wild19 truth for jalabrecque/website content/CK010/_index.md: an epidemiology course's reading list (study design, causal inference).

A Hugo page (YAML front matter) of '## '/'### ' topic headings, each with '- [Title (Authors Year)](url)'
bullets, one per line.  The whole citation is the link text: the title, then the authors and year
in parentheses at its end ('(Hernan and Robins 2016)', '(Van Calster et al 2021)'); two give only
authors ('(Banack & Kaufman)', '(Hernan & Cole)') and one leaves the parenthesis unclosed
('(Hernán, Hsu & Healy 2019').  Title = the link text before that last ' (' group; parentheses are
not otherwise used in the titles.
Entries: every bullet naming a journal article (42), including the author's own 'A Whirlwind Tour
of Causal Assumptions (Labrecque 2024)' linked to a local PDF (a manuscript with author and year).
Not entries (6 of 48 bullets): the Vox news story (line 17), the author's blog post (line 32), the
book 'Causal Inference: What If?' (line 36), and the three magazine/career pieces under 'Science'
(Aeon essay, APS Observer, a Nature careers feature; lines 95-97).
Ids: DOIs only where the URL writes one (Taylor & Francis, AJPH, Genome Biology, Springer, BMC);
PubMed/PMC, LWW, OUP article numbers, ScienceDirect pii and Nature article ids give none; no arXiv.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild19 import entry, read_lines, write_truth

NAME = "jalabrecque__website__content__CK010___index@6950e79.md"
LINES = read_lines(NAME)
NOT_PAPERS = {17: "Vox news", 32: "blog post", 36: "book", 95: "Aeon essay", 96: "APS Observer", 97: "Nature careers"}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- ["):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            continue
        m = re.match(r"- \[(.+)\]\([^)]*\)\s*$", text)
        assert m, i
        link = m.group(1)
        t = re.match(r"(.+?) \((?!.*\s\()[^)]*\)?\s*$", link)
        assert t, (i, link)
        papers.append(entry(LINES, i, i, t.group(1)))
    assert bullets == 48, bullets
    assert len(papers) == 42, len(papers)
    write_truth(NAME, "wild19_development", papers,
                "every '- [Title (Authors Year)](url)' bullet naming a journal article is an entry (42 of 48);"
                " title = the link text before its last ' (' author-year group (one unclosed); the news story,"
                " blog post, book and three magazine/career pieces are not entries",
                "all 42 entries by eye against the file: titles (the unclosed '(Hernán, Hsu & Healy 2019' on line 25,"
                " the two author-only groups on lines 64 and 90, curly quotes on line 72), lines, the 7 DOIs from"
                " tandfonline/AJPH/BMC/Springer URLs, Nature/OUP/LWW/PubMed/pii URLs giving none; counts: 48 '- ['"
                " bullets = 42 entries + 6 non-papers listed in the script")


if __name__ == "__main__":
    main()
