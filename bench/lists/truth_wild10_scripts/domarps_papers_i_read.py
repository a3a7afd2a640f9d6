"""Wild10 truth for domarps/papers-i-read README.md: one person's monthly log of the papers they read (2015-2019).

Shape: month headings '## 2019-07', '## 2018-06 - 2019-01', '## 2017-07/2017-08' (newest first), each over
'- ' bullets.  Most bullets are '[Title](link to the author's notes .md or a Medium post) [[arXiv](url)]'; the
newer ones '[Title](paper url)'; three old ones write the title as plain text ('- LINE: Large-scale Information
Network Embedding', '- Title [[link](url)]', '- Visual Question Answering(VQA) [[arXiv](url)]').  Two link texts
wrap onto the next line (lines 2-3 and 73-74): those entries span two lines.

Entry: every bullet that names one paper (59 bullets by grep '^- ', minus 5 = 54).  Title = the link text (or the
plain text before ' [['), markup removed ('**TFX**: ...'); an award note after ' - ' ('- ICML'16 Best Paper Award',
'- ICLR'16 Best Paper Award') is left out, and so is the abbreviation in brackets after 'Visual Question
Answering(VQA)' (a nickname, not part of the title).  Kept: the pix2pix
paper linked to its GitHub repository (line 28, it names the paper), PTE linked to course slides (line 104, it
names the KDD paper), 'Link Prediction in Social Networks' linked to a box.com file (line 107), the Shutterstock
'Composition Aware Search' whitepaper (line 46), the repeated 'Sequence to Sequence Learning with Neural Networks'
(lines 78 and 92, separate entries).
Not entries (5): line 31 'ScaledML 2018' (a Medium post on a conference), line 53 and line 60 (prose: 'Oh, hi
tensorflow-1.4! Still no arXiv!!', 'Tensorflow and boost! ...'), line 57 'fast.ai : A Pytorch-first approach to
AI' (a blog post), line 91 "Quoc Le's Tutorials on Deep Learning" (tutorials).  The line 'What was Pramod doing?'
is prose under a heading, not a bullet.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild10 import entry, read_lines, write_truth

NAME = "domarps__papers-i-read__README@3d5ed5a.md"
PART = "wild10_development"
LINES = read_lines(NAME)

NOT_PAPERS = {
    31: "ScaledML 2018",
    53: "Oh, hi tensorflow-1.4!",
    57: "fast.ai : A Pytorch-first",
    60: "`Tensorflow` and `boost`!",
    91: "Quoc Le's Tutorials",
}
WRAPPED = {2, 73}


def main() -> None:
    papers = []
    bullets = 0
    for i, text in enumerate(LINES, 1):
        if not text.startswith("- "):
            continue
        bullets += 1
        if i in NOT_PAPERS:
            assert NOT_PAPERS[i] in text, (i, text)
            continue
        last = i + 1 if i in WRAPPED else i
        block = " ".join(LINES[i - 1:last])[2:]
        m = re.match(r"\[(.+?)\]\(", block)
        if m:
            title = m.group(1)
        else:
            title = re.sub(r"\s*\[\[.*$", "", block)
        title = re.sub(r" - (?:ICML|ICLR)'16 Best Paper Award$", "", title)
        title = re.sub(r"\(VQA\)$", "", title)
        papers.append(entry(LINES, i, last, title))
    assert bullets == 59, bullets
    assert len(papers) == 54, len(papers)
    write_truth(NAME, PART, papers,
                "every '- ' bullet under the month headings that names one paper is an entry (repeats kept), title = the"
                " link text or the plain text before ' [[', an award note after ' - ' and a bracketed abbreviation after the title dropped; a conference post, a"
                " fast.ai blog post, tutorials and two prose bullets are not entries",
                "every bullet of the file read once against the output (59 bullets by grep, 5 non-papers, 54 entries),"
                " the two wrapped link texts, the plain-text titles, the award notes, the Springer percent-encoded DOI,"
                " arXiv abs/pdf ids")


if __name__ == "__main__":
    main()
