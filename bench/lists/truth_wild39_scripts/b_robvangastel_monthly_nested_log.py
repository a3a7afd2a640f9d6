"""Wild39 truth for RobvanGastel/machine-learning-notes README.md: an ML student's monthly reading log
(August 2020 - January 2022; NAS, meta-learning, RL), newest month first.

Shape (211 lines and a final newline): "#### YYYY-MM" month headings; under each, "- Topic" bullets
(Neural Architecture Search, Reinforcement Learning, Meta-Learning, Generalization, Computer Vision, Generative
Models, Few-Shot Learning) holding four-space-indented items "    - Title [[Label](url)]", plus items written at
the top level with no topic (72-73, 114-117, 158, 189, 196-197, and every item of 2020-09 and 2020-08).  The
label names the source: arXiv (abs, pdf, "v2"/"v5" versions), OpenReview/ICLR/NeurIPS, IEEE, IJCAI, PMLR ("paper"),
bioRxiv, Springer, Cell, a DeepMind PDF, blogs.  From 2020-10 back, items with a personal note make the title a
link to it ("[Title](notes/....md) [[arXiv](url)]").  Two items add a second "[[blog](url)]" after the paper link
(154, 197).  One arXiv link lacks "/abs/" ("https://arxiv.org/1908.03568", 188).  Some lines end in a blank.

Decisions:
- Entry = one item (indented or top-level) carrying a "[[Label](url)]" link whose subject is a scholarly work;
  125 entries.  Topic bullets ("- Reinforcement Learning") and month headings are not entries.
- Not entries (blog posts / essays): Eric Jang's "Just Ask for Generalization" [Blog] (39), the BAIR blog post
  "Reinforcement learning is supervised learning on optimized data" (68), Sutton's "The Bitter Lesson" [article]
  (196), "The Sorcerer's Apprentice Guide to Training LSTMs" (201), Karpathy's "Pong from Pixels" (207) and
  Lilian Weng's three posts (208, 210, 211).
- Kept: DeDeo's "Information Theory for Intelligent People" (127, a written tutorial paper the log labels
  "paper"), the Torchmeta arXiv report (125), Breiman's "Statistical Modeling: The Two Cultures" (189), the
  Grokking workshop paper (12), the Cell review "Reinforcement Learning, Fast and Slow" (195).
- Repeated papers are separate entries: "DARTS without a Validation Set" (4 arXiv, 8 NeurIPS), "Learning to
  Optimize Neural Nets" (71, 85), A3C "Asynchronous Methods for Deep Reinforcement Learning" (164, 179).
- Title = the item's text before its first "[[", markup removed (the notes link of 2020-09/2020-08 items
  unwrapped), as written ("Torchmeta: ...", "RL^2: ...", lower-case titles kept).
- Ids from the item's own line: arXiv from arXiv links (versions dropped); the malformed "arxiv.org/1908.03568"
  link (188) is taken as arXiv 1908.03568; DOIs from the bioRxiv URL (10.1101/295964, "v1" dropped) and the
  Springer chapter URL (10.1007/978-3-319-68759-9_39); the Cell "fulltext/S1364-..." PII and IEEE document
  numbers are not DOIs.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild39 import entry, read_lines, write_truth

NAME = "RobvanGastel__machine-learning-notes__README@fd8369d.md"
PART = "wild39_development"

ITEM = re.compile(r"^(?: {4})?- (?P<title>.+?) \[\[")
TOPIC = re.compile(r"^- [A-Z][A-Za-z -]+$")
NOT_PAPERS = {
    39: "Just Ask for Generalization by Eric Jang",
    68: "Reinforcement learning is supervised learning on optimized data",
    196: "The Bitter Lesson",
    201: "[The Sorcerer’s Apprentice Guide to Training LSTMs](notes/Guide-to-training-LSTMs.md)",
    207: "[Deep Reinforcement Learning: Pong from Pixels](notes/DRL-pong-from-pixels.md)",
    208: "[Exploration Strategies in Deep Reinforcement Learning](notes/Exploration-strats-in-DRL.md)",
    210: "[Meta Reinforcement Learning](notes/MetaRL-lilian-blog.md)",
    211: "[Neural Architecture Search](notes/NAS-lilian-blog.md)",
}
BROKEN_ARXIV = {188: "1908.03568"}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    topics = 0
    for n, text in enumerate(lines, 1):
        if not text.strip() or text.startswith("#### "):
            continue
        if TOPIC.match(text.rstrip()):
            topics += 1
            continue
        m = ITEM.match(text)
        assert m, (n, text)
        if n in NOT_PAPERS:
            assert m.group("title") == NOT_PAPERS[n], (n, m.group("title"))
            continue
        p = entry(lines, n, n, m.group("title"))
        if n in BROKEN_ARXIV:
            assert p["arxiv"] is None and BROKEN_ARXIV[n] in text
            p["arxiv"] = BROKEN_ARXIV[n]
        papers.append(p)
    assert topics == 41, topics
    assert len(papers) == 125, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each log item (indented under a topic bullet or top-level under a #### month) with a [[Label](url)] link"
        " to a scholarly work is an entry; title = the text before the first '[[' with the notes link unwrapped;"
        " topic bullets and the eight blog posts/essays are not entries; repeated papers are separate entries;"
        " arXiv ids from arXiv links (the '/abs/'-less 188 included), DOIs from bioRxiv and Springer URLs.",
        "All 211 lines read against the -v output: every month's first and last item, the 41 topic bullets, the"
        " top-level items (72-73, 114-117, 158, 189, 196-197, 200-211), the eight non-papers (39, 68, 196, 201,"
        " 207, 208, 210, 211), the second [[blog]] links (154, 197), the notes-linked titles (195, 200-204, 209),"
        " the repeats (4/8, 71/85, 164/179), arXiv versions (45, 49, 81), the broken arXiv URL (188), the bioRxiv,"
        " Springer, Cell, IEEE, IJCAI, AAAI and PMLR links (35, 180, 195, 63/128, 112, 145, 99) and ~20 random"
        " items.",
    )


if __name__ == "__main__":
    main()
