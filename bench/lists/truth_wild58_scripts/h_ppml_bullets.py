"""Wild58 truth for PKU-SEC-Lab/Awesome-PPML-Papers README.md at e957930 (2026-01-18): the companion list of the
survey "Towards Efficient Privacy-Preserving Machine Learning: A Systematic Review from Protocol, Model, and System
Perspectives" (Zeng et al., arXiv 2507.14519).  Papers are grouped by the survey's three levels (protocol, model,
system), then by technique, one bullet a paper.

Shape: 338 lines.  Title (1), intro naming and linking the survey itself (3-7), "Introduction" with a figure
(9-13), table of contents (16-31).  Then ``## 🔒 Protocol-Level Optimization`` (35-111) with ``###`` technique
headings, under which bold or plain sub-labels (``**OT-based protocols:**``, 39; ``Interactive Protocols with SS-HE
Conversion:``, 101) introduce groups of bullets; ``## 🤖 Model-Level Optimization`` (115-186); ``## ⚙ System-Level
Optimization`` (188-241: Compiler, GPU Optimization).  One bullet a paper:
``* [CCS 2020] Cryptflow2: Practical 2-party secure inference [[paper](url)] [[code](url)]``: a bracketed venue and
year, the title as plain text, then ``[[paper](...)]`` and optional ``[[code](...)]`` / ``[[video](...)]`` links.
"Citation and Feedback" (244-338) holds two ```bash``` code blocks: the survey's own bibtex (252-260) and "the
bibtex of the PPML papers published by our lab" (265-337, nine ``@inproceedings`` / ``@article`` records).

Special cases:
- 80-81: the paper link is broken over two lines (``... inference [[paper]`` / ``(https://www.usenix.org/...)]``):
  one entry spanning both lines.
- 92-93: the title itself wraps (``Minimax approximation of sign function by composite polynomial for`` /
  ``homomorphic comparison [[paper](...)]``): one entry over both lines, the title joined with one space.
- 63, 103 and 185 have no link at all (``* [Security 2025] Breaking the layer barrier: ...``): one-line entries.
- Venue tags vary: ``[IEEE Security & Privacy]`` and ``[ASPLOS]`` without a year (137, 214), ``[NIPS Safe
  Generative AI Workshop 2024]`` (230), ``[Journal of Cryptographic Engineering 2025]`` (170).
- Two spaces after the venue (52, 111) or inside the title (``Encryption  Library``, 220): whitespace is collapsed.
- Titles keep their casing as written (``PRIVIT: VISION TRANSFORMERS FOR FAST PRIVATE INFERENCE``, 145/167;
  ``ABY3 A Mixed Protocol Framework ...``, 69; ``ABY-A framework ...``, 78; ``XONN:XNOR-based ...`` without a space,
  80, but ``XONN: XNOR-based ...`` at 181).
- Many papers are listed under several techniques (Cryptflow2 at 40 and 82; COINN at 84, 121, 180; PrivCirNet at
  60, 107, 126 with different links): each listing is an entry.

Decisions:
- Entry = every bullet ``* [VENUE] Title ...`` (40-241) with its wrapped continuation line: 154 entries.  Title =
  the text after the venue tag up to the first `` [[`` (or the end of the entry), whitespace collapsed.
- The sub-labels, the intro's link to the companion survey (3) and both bibtex code blocks (252-260, 265-337) are
  not entries: the lab bibtex is a citation aid in a fenced code block, not part of the Markdown list, and its
  papers are already listed as bullets above (MPCache 175, PrivQuant 45/182, CoPriv 124/146, ...).
- arXiv ids come from arxiv.org/pdf, /abs and /html links (including www.arxiv.org, 86/186); DOIs from
  dl.acm.org/doi, doi.org and link.springer.com links.
"""
import re

from _wild58 import entry, read_lines, write_truth

NAME = "PKU-SEC-Lab__Awesome-PPML-Papers__README@e957930.md"
PART = "wild58_development"

ITEM = re.compile(r"^\* \[(?P<venue>[^\]]+)\]\s+(?P<rest>.*)$")


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            continue
        text = m.group("rest")
        last = n
        # a bullet whose next line is neither blank, a bullet nor a label continues (80-81, 92-93)
        if n < len(lines) and lines[n].strip() and not lines[n].startswith(("*", "#")):
            last = n + 1
            text = text + " " + lines[n].strip()
        title = text.split(" [[")[0].split("[[paper]")[0]
        title = re.sub(r"\s+", " ", title).strip()
        papers.append(entry(lines, n, last, title))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 154, len(papers)
    assert min(by) == 40 and max(by) == 241, (min(by), max(by))
    assert by[40]["title"] == "Cryptflow2: Practical 2-party secure inference", by[40]
    assert by[40]["doi"] == "10.1145/3372297.3417274", by[40]
    assert by[63]["title"] == (
        "Breaking the layer barrier: Remodeling private transformer inference with hybrid CKKS and MPC"
    ), by[63]
    assert by[80]["end"] == 81 and by[80]["title"] == "XONN:XNOR-based oblivious deep neural network inference"
    assert by[92]["end"] == 93, by[92]
    assert by[92]["title"] == (
        "Minimax approximation of sign function by composite polynomial for homomorphic comparison"
    ), by[92]
    assert by[86]["arxiv"] == "2508.01636", by[86]
    assert by[185]["title"] == "FastQuery: Communication-efficient Embedding Table Query for Private LLMs inference"
    assert by[219]["arxiv"] == "2507.04775", by[219]
    assert by[220]["title"] == (
        "Cheddar: A Swift Fully Homomorphic Encryption Library Designed for GPU Architectures"
    ), by[220]
    assert by[241]["title"] == (
        "Accelerating Fully Homomorphic Encryption Through Architecture-Centric Analysis and Optimization"
    ), by[241]
    assert not any(n > 241 for n in by)
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet '* [VENUE YEAR] Title [[paper](url)] [[code](url)]' under the protocol-, model- and"
        " system-level headings (lines 40-241) is one entry, together with its wrapped continuation line (80-81,"
        " 92-93); a paper listed under several techniques is an entry each time.  Title = the text after the venue"
        " tag up to the first ' [[' (or the end), whitespace collapsed.  Sub-labels, the intro's link to the survey"
        " itself and the two ```bash``` bibtex blocks (the survey's and the lab's papers) are not entries.",
        checked="Read the whole file; compared the -v output with all 154 bullets, the two wrapped entries (80-81,"
        " 92-93), the three bullets without links (63, 103, 185), odd venue tags and double spaces (52, 111, 220),"
        " arXiv ids from arxiv.org / www.arxiv.org links and DOIs from dl.acm.org and springer links, and that no"
        " bibtex record is listed.",
    )


if __name__ == "__main__":
    main()
