"""Wild11 truth for akarazeev/Papernotes README.md: a personal monthly reading log of papers mixed with
posts, talks, slides and standards.

Shape: '#### YYYY-MM' month headings (2021-05 back to 2017-02; '2020-04' appears twice), '---' rules
between years, and two HTML-ish tables (lines 107-110, 173-175) naming courses the author took.
Under each month, '- ' bullets: 'Title [[Host](url)]' with the title as plain text, or
'[Title](notes/...) [[Host](url)]' when the author wrote notes; some bullets carry a second link
('[[code]]', '[[dataset]]', '[[Medium]]', '[[slides]]', '[[working code]]', a long link text on line 77).
The host label says what was read: 'arXiv', 'ACM', 'nature', 'science', 'PNAS', 'APS', 'ResearchGate',
'link' (a PDF or publisher page), but also 'Medium', 'post', 'YT', 'vimeo', 'HBR', 'IETF',
'stackexchange', 'github.io'.

Entry: a bullet whose subject is one scholarly work (journal or conference paper, preprint, a
project report such as the two Stanford course reports on lines 139 and 163, a dataset paper).
The bullet counts whatever its link is when its text is a paper's title: line 2 'code2vec: ...' links
the paper's talk on YouTube, line 43 and lines 58-59 link the papers' project pages on github.io.
Not entries (24 bullets, listed in NOT_PAPERS): blog posts (Netflix/Medium, YC, Lilian Weng,
'[[post]]' links, wildml), talks and videos ('[[YT]]', '[[vimeo]]', speakerdeck slides, a seminar's
slides), tutorials and guides (Stable Baselines Tutorial, Troubleshooting Deep Neural Networks), a
book chapter (Manning's Grokking Deep Learning), a magazine essay (HBR), standards and drafts
(ETSI GS QKD, an IETF/IRTF draft, Semantic Versioning), a StackExchange answer.  The course tables
and month headings are not entries.

Title: the bullet's title text (link text when linked to notes) as written, with the '{+} ' marker
(line 130) and the reader's aside '(! with interesting Conclusion and Supplementary)' (line 41)
dropped; the parenthesized '(RRL)' on line 163 and '(Contextual Query Expansion + BERT)' on line 18
are part of those titles and kept.  Lines 58-59: a title wrapped after 'Relay Policy Learning:' is
one entry over two lines, joined with a space.

Ids: arXiv ids from arXiv links (abs or pdf); DOIs from ACM/Wiley/APS/Springer URLs and the PLOS
'?id=10.1371/...' query; Nature/Science/ScienceDirect/PMC/ResearchGate/OUP links give none.

Count check: 106 '- ' bullets by grep; 24 not papers, each named below and checked by its opening
words; 82 entries.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild11 import entry, read_lines, write_truth

NAME = "akarazeev__Papernotes__README@515a547.md"
PART = "wild11_development"

#: Bullets that are not scholarly works: line -> (opening words, why).
NOT_PAPERS = {
    7: ("Machine Learning for a Better Developer", "Netflix tech blog post (Medium)"),
    8: ("DSL Development with Xtext", "talk video (vimeo)"),
    9: ("Life of a Netflix Partner Engineer", "Netflix tech blog post (Medium)"),
    10: ("How to spin your scientific research", "Y Combinator blog post"),
    25: ("How Will You Measure Your Life?", "Harvard Business Review magazine essay"),
    32: ("Deep learning on unseen data", "chapter of a book (Manning livebook, Grokking Deep Learning)"),
    39: ("Practical DevOps for the busy", "conference slides (speakerdeck)"),
    42: ("Self-Supervised Representation Learning", "blog post (Lilian Weng's lil-log)"),
    53: ("ETSI GS Quantum Key Distribution", "ETSI group specification (a standard)"),
    57: ("Stable Baselines Tutorial", "tutorial slides"),
    60: ("Semantic Versioning", "a versioning specification web page"),
    61: ("State representation in Reinforcement", "a StackExchange answer"),
    62: ("Troubleshooting Deep Neural Networks", "a practitioner's guide PDF (Josh Tobin), not a paper"),
    65: ("Architectural Principles for a Quantum Internet", "IRTF Internet-Draft (standards document)"),
    120: ("Convolutional neural networks for artistic style transfer", "blog post"),
    146: ("What is a variational autoencoder?", "blog post / tutorial"),
    148: ("Attention and Memory in Deep Learning and NLP", "blog post (wildml)"),
    150: ("[How to Code and Understand DeepMind's", "blog post (iamtrask), notes on a post"),
    153: ("Understanding LSTM Networks", "blog post (colah)"),
    157: ("Explaining and illustrating orthogonal", "blog post (smerity)"),
    159: ("The Greening of Blockchains", "blog post (hackingdistributed)"),
    161: ("[Image Style Transfer, Neural Doodles", "seminar talk: YouTube video and slides"),
    166: ("Reinforcement Learning for Market-Making", "talk video (YouTube)"),
    167: ("New Territory of Machine Translation", "talk video (YouTube)"),
}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    bullets = skipped = 0
    no = 1
    while no <= len(lines):
        text = lines[no - 1]
        if not text.startswith("- "):
            no += 1
            continue
        bullets += 1
        end = no
        while "[[" not in lines[end - 1]:  # a title wrapped onto the next line (58-59)
            end += 1
        if no in NOT_PAPERS:
            assert text[2:].startswith(NOT_PAPERS[no][0]), (no, text)
            skipped += 1
            no = end + 1
            continue
        block = " ".join(lines[no - 1:end])[2:]
        block = block.removeprefix("{+} ")
        m = re.match(r"\[([^\]]+)\]\(notes/[^)]*\)\s*\[\[", block)
        if m:
            title = m.group(1)
        else:
            m = re.match(r"(.+?)\s*\[\[", block)
            assert m, (no, block)
            title = m.group(1)
        title = title.removesuffix(" (! with interesting Conclusion and Supplementary)")
        papers.append(entry(lines, no, end, title))
        no = end + 1
    assert (bullets, skipped, len(papers)) == (106, 24, 82), (bullets, skipped, len(papers))
    write_truth(
        NAME, PART, papers,
        "every '- ' bullet under the month headings whose subject is a scholarly paper or report is an entry"
        " (whatever its link: arXiv, publisher, ResearchGate, a talk video or project page of the paper);"
        " blog posts, talks, tutorials, a book chapter, a magazine essay, standards and a StackExchange answer"
        " are not; title = the bullet's title text or notes-link text, the '{+} ' marker and a reader's aside"
        " in parentheses dropped",
        "all 106 bullets one by one against the file (24 not papers named with their reason, the wrapped"
        " title on lines 58-59, the '{+}' marker, the aside on line 41, DOIs from ACM/Wiley/APS/Springer/PLOS"
        " URLs, arXiv abs/pdf ids); count by grep '^- '",
    )


if __name__ == "__main__":
    main()
