"""Wild20 truth for yantijin/yantijin.github.io source/_posts/Dynamic-Systems-Paperlist.md (branch
'hexo'): a Hexo blog post (YAML front matter, a quote line) that copies a neural-ODE /
dynamical-systems awesome list.  Shape: '*' bullets under '##'/'###'/'####' headings, the title in
plain text and the venue as the link text after it: '* Title: [NeurIPS19](url)', sometimes
without the colon ('* Title [arXiv20](url)'), with no space ('networks[ICLR2020](url)'), with a
trailing '[code](url)' link, with an empty link ('[arXiv20]()'), or a broken link
('[arXiv16] (https://...)'); some sections have blank lines between bullets.

Entries: every bullet from '## Differential Equations in Deep Learning' up to '## Software and
Libraries' (73, one line each).  Title = the plain text before the first '[' with the trailing ':'
dropped; the venue link text is not part of it.  One bullet ('Nonseparable symplectic neural
networks [code](openreview)') labels its only link 'code' but the link is the paper's OpenReview
page: an entry like the others.  The Distill article counts as a paper.  Not entries: Software and
Libraries (torchdyn, torchdiffeq, torchsde, torchSODE, DiffEqFlux, NeuralNetDiffEq), Websites and
Blogs (a blog), Slides (two slide decks), the front matter and the quote line.

Count check: bullets per heading (grep/awk): 3+12+5+4+2+3+4 = 33 in Differential Equations in Deep
Learning, 7+1+3 = 11 Energy based models, 3+1 = 4 Deep Learning Methods, 2 Deep Control, 8+8+7 = 23
Dynamical System View: 73; the file has 82 bullets, 9 of them in the last three sections.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild20 import entry, read_lines, write_truth

NAME = "yantijin__yantijin.github.io__source___posts__Dynamic-Systems-Paperlist@cd4609b.md"
ITEM = re.compile(r"\* +(.+?)\s*:?\s*\[")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per_h2: dict[str, int] = {}
    h2 = None
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            h2 = text[3:].strip()
            continue
        if not text.startswith("*"):
            continue
        if h2 in (None, "Software and Libraries", "Websites and Blogs", "Slides"):
            continue
        m = ITEM.match(text)
        assert m, (i, text)
        papers.append(entry(lines, i, i, m.group(1)))
        per_h2[h2] = per_h2.get(h2, 0) + 1
    assert per_h2 == {
        "Differential Equations in Deep Learning": 33,
        "Energy based models": 11,
        "Deep Learning Methods for Differential Equations": 4,
        "Deep Control": 2,
        "Dynamical System View of Deep Learning": 23,
    }, per_h2
    assert len(papers) == 73
    assert sum(1 for t in lines if re.match(r" *\* ", t)) == 82
    write_truth(
        NAME,
        "wild20_development",
        papers,
        "every '* Title: [Venue](url)' bullet before '## Software and Libraries' is an entry (one line each),"
        " title = the plain text before the venue link, trailing ':' dropped; libraries, the blog link and the"
        " slides are not entries",
        "all 82 bullets by eye (73 papers with title and arXiv id; the 9 library, blog and slide bullets left"
        " out); the empty link of 'Hey, that's not an ODE' and the broken '[arXiv16] (url)' link noted",
    )


if __name__ == "__main__":
    main()
