"""Wild14 truth for neuro4ml/neuro4ml.github.io Week_0/5-Reading.md: a course's week-0 reading list (NeuroAI).

Shape: '# Reading material', three '## ' topic headings, one '* [...](url)' bullet per item (lines 5-49,
no final newline).  A paper bullet writes author-year then the title in double quotes, all inside the
link text: '* [Rumelhart et al. (1986) "Learning representations by back-propagating errors"](doi url)';
one quote opens with a space (' Neuroscience-Inspired Artificial Intelligence', line 35) and one URL
has a space before ')' (line 30).  Other bullets link a PhD-advice page, a podcast, YouTube videos, a
film, web sites, company blog posts and two books written the same way.

Entry: every bullet whose linked item is an article, preprint or report; title = the quoted text.  The
1945 EDVAC draft report (von Neumann) and Turing's 1948 'Intelligent Machinery' report are entries
(technical reports); Thorndike (1898), a Psychological Review monograph supplement, is an entry.  Not
entries: 'Interested in doing a PhD?', the Deep Mind podcast, the 3Blue1Brown series, 'AlphaGo The Movie',
the Brain-Score and NeuroAI-archive web sites, the OpenAI 'Multimodal neurons' post, the books of Minsky
and Papert ('Perceptrons: An Introduction to Computational Geometry', MIT Press) and Sutton and Barto
('Reinforcement Learning: An Introduction'), and 'Vicarious 2016 on Schema networks (broken videos)' -- a
blog post whose bullet adds '(and [preprint](arXiv))': its subject is the post and it names no paper.

Ids: doi.org links (percent-encoded '%2F' decoded: 10.1371/journal.pcbi.1010227, 10.1113/jphysiol...),
bioRxiv DOIs, two arXiv abs links (a third, the
Vicarious preprint, sits in a bullet that is not an entry).

Count check: 39 bullets (grep -c '^\\* '), 10 not entries as listed above, 29 entries; every one of the 29
has the '(year) "' pattern, and the two books are the only other bullets that have it.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild14 import entry, read_lines, write_truth

NAME = "neuro4ml__neuro4ml.github.io__Week_0__5-Reading@7e0645a.md"
PART = "wild14_development"
LINES = read_lines(NAME)

BOOKS = {14, 33}  # Minsky and Papert 'Perceptrons'; Sutton and Barto 'Reinforcement Learning: An Introduction'
PAPER = re.compile(r'^\* \[[^\]"]*\(\d{4}\) "([^"]+)"\]\(')


def main() -> None:
    papers = []
    bullets = 0
    others = []
    for i, text in enumerate(LINES, 1):
        if not text.startswith("* "):
            continue
        bullets += 1
        m = PAPER.match(text)
        if m and i not in BOOKS:
            papers.append(entry(LINES, i, i, m.group(1).strip()))
        else:
            others.append(i)
    assert bullets == 39, bullets
    assert others == [5, 6, 14, 17, 28, 33, 38, 42, 44, 48], others
    assert len(papers) == 29, len(papers)
    write_truth(NAME, PART, papers,
                "every '* [Author (year) \"Title\"](url)' bullet whose item is an article, preprint or report is an"
                " entry, title = the quoted text; books (Minsky & Papert, Sutton & Barto), web sites, videos, a"
                " podcast, a film, blog posts and a blog bullet that links a preprint aside are not entries",
                "all 39 bullets by eye (29 entries, 10 others), the titles against the quotes, the percent-encoded"
                " DOIs, the arXiv ids of lines 46-47 and the leading space of line 35")


if __name__ == "__main__":
    main()
