"""Wild6 truth for gopala-kr/language-models vision-nlp.md: a multimodal (vision + language) RNN paper list
in the awesome-rnn style ('### Multimodal (CV + NLP)', '#### Image Captioning', '#### Video Captioning',
'#### Visual Question Answering').

Shape: a parent bullet names the institution(s) and carries the links ('* Google [[Paper](http://arxiv.org/pdf/
1411.4555)] [[Web](…)]'); under it one or two indented sub-bullets name the papers in italics, followed by
a bare identifier and venue as plain text: '  * *Show and Tell: A Neural Image Caption Generator*,
arXiv:1411.4555 / CVPR 2015'.  One sub-bullet puts the authors before the italic title; two (under a
'* Video QA' label, one level deeper) have no italics: 'Uncovering Temporal Context …, arXiv:1511.04670'.

Entry: every paper sub-bullet (38), its own line only — the institution bullet above is a group header
shared by its sub-bullets (so a paper's link lives outside the entry; its arXiv id comes from the bare
'arXiv:…' text of its own line).  Title = the italic text, or the text before ', arXiv:' for the two
plain ones.  The CMU + Microsoft group lists the same work under two titles on two bullets (two entries);
LRCN and 'Describing Multimedia Content…' appear in two sections (separate entries).  'arXiv:1606:01455'
(a colon typo) is not a well-formed id, so that entry's arxiv is null; three sub-bullets give no id
('Deep Visual-Semantic Alignments…', the two CMU + Microsoft bullets).  Not entries: institution bullets,
'* Video QA', headings.  Count check: 18 + 10 + 10 sub-bullets per section.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild6 import entry, read_lines, write_truth

NAME = "gopala-kr__language-models__vision-nlp@8af5c6a.md"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    per: dict[str, int] = {}
    section = None
    for i, x in enumerate(lines, 1):
        if x.startswith("#### "):
            section = x[5:].strip()
            continue
        m = re.match(r"^ {2,4}\*\s+(?:[^*]*?, )?\*([^*]+)\*", x)
        if m and x.startswith("  *"):
            title = m.group(1)
        elif re.match(r"^ {4}\* [^\[*]", x):
            title = re.match(r"^ {4}\* (.+?), arXiv:", x).group(1)
        else:
            continue
        per[section] = per.get(section, 0) + 1
        papers.append(entry(lines, i, i, title))
    assert per == {"Image Captioning": 18, "Video Captioning": 10, "Visual Question Answering": 10}, per
    assert len(papers) == 38
    write_truth(
        NAME,
        "wild6_development",
        papers,
        "every indented paper sub-bullet under the institution bullets is an entry (38), its own line only; title ="
        " the italic text (or the text before ', arXiv:' for two plain sub-bullets); ids from the bare 'arXiv:' text",
        "all 38 sub-bullets checked by eye (titles, the author-first Show and Tell line, the two plain Video QA lines,"
        " the malformed 'arXiv:1606:01455' left without an id, the three id-less lines); per-section counts 18/10/10",
    )


if __name__ == "__main__":
    main()
