"""Wild8 truth for yenchenlin/awesome-adversarial-machine-learning README: '* [Title](url), Authors, Venue Year' bullets under '###' sections and bold sub-headings.

Shape: a short classic awesome list; sections Blogs, Papers (General, Attack, Defence,
Regularization, Others, with bold '**Task**' sub-headings), Talks.  Each bullet is one line,
'* [Title](url), A. Author et al., Venue Year' (sometimes without the comma before the authors,
sometimes indented by one or two spaces).

Entries: every bullet of '## Papers' except line 42, a cleverhans.io blog post ('Privacy and
machine learning: two unexpected allies?') that the list files under Attack; and the five
bullets of '## Talks' that link a paper's page on the PRA Lab publication site
(pralab.diee.unica.it/en/node/...) and give the paper's full author list and year (Biggio et al.
poisoning/feature-selection papers): their subject is a paper, not a talk.  The three real talks
(YouTube, USENIX Enigma presentations) and all Blogs bullets are not entries.
Title = the bullet's link text.

Checks: 28 bullets in Papers (grep '^ *\\* \\[' on lines 25-87), minus the blog = 27, all with an
arXiv link (27 arxiv.org links in the file); 8 bullets in Talks, 5 of them pralab = 32 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild8 import entry, read_lines, write_truth

NAME = "yenchenlin__awesome-adversarial-machine-learning__README@56467a9.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    section = ""
    for i, text in enumerate(lines, 1):
        if text.startswith("## "):
            section = text[3:].strip()
            continue
        m = re.match(r"\s*\* \[(.+?)\]\((\S+?)\)", text)
        if not m:
            continue
        title, url = m.groups()
        if section == "Papers":
            if "cleverhans.io" in url:  # blog post filed under Papers
                assert i == 42
                continue
            papers.append(entry(lines, i, i, title))
        elif section == "Talks" and "pralab.diee.unica.it" in url:
            papers.append(entry(lines, i, i, title))
    assert sum(1 for p in papers if p["line"] < 88) == 27
    assert sum(1 for p in papers if p["arxiv"]) == 27
    assert len(papers) == 32
    write_truth(NAME, "wild8_development", papers,
                "every '* [Title](url)' bullet of Papers (a cleverhans blog post excepted) and the five Talks bullets"
                " that link a paper page of the PRA Lab publication site are entries; title = the link text;"
                " blogs and real talks are not entries",
                "all 36 bullets of Papers and Talks read one by one against the output (titles, lines, the 27 arXiv"
                " ids incl. the /pdf/...v3.pdf form); the blog at line 42 and the three talks left out; counts by grep")


if __name__ == "__main__":
    main()
