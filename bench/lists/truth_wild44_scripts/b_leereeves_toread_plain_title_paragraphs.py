"""Wild44 truth for leereeves/DL-Papers toread.md: a practitioner's personal deep-learning reading queue (mostly deep
RL, VAEs, activations and initialisation, some LLM and protein-diffusion papers), kept in his notes repository next
to a few per-topic note files; newest commit 2022-07-04.

Shape (250 lines): "# Reading list", two bare URLs (3, 5: OpenAI Spinning Up's key-papers page and AutoML.org's DAC
literature overview), then one paper title per paragraph, paragraphs separated by blank lines.  No links, no
authors (except "Kingma, D.P." 113 and "LeCun et al" 126), no venues, no bullets.  Titles are pasted from PDFs,
arXiv or citation managers: upper-case (22, 57-58, 64, 75, 95, 103, 109, 138, 158, 184, 228, 234), lower-case
citation style with a final "." (192-204), mixed ("mixup: BEYOND EMPIRICAL RISK MINIMIZATION" 160).  Special
cases: a paragraph of two lines holding two titles, the first line ending in ten spaces (21-22); three titles broken
over two lines (50-51 "Rule-based Information Extraction is Dead! / Long Live ...", 57-58, 70-71); Kingma's thesis
written "Variational inference & deep learning A new synthesis Kingma, D.P." with its PDF URL on the next line
(113-114); a title prefixed with the model name ("GPT-3: Language Models are Few-Shot Learners" 93) next to the
same paper without it (53); many repeats (Massively Parallel Methods 60/99, HER 62/101, DDPG 64/103, advantage
updating 57-58/95, Explicit Regularization 36/105/182, PARAMETER SPACE NOISE 138/228, Prioritized Training
132/154, Delving Deep 70-71/214).  Items that are not scholarly papers: a LessWrong essay "Why Agent Foundations? An
Overly Abstract Explanation" (40), a Medium post "An Intuitive Introduction to Deep Autoregressive Networks By
McClain Thiel" (77), an NVIDIA GTC talk "Torch-TensorRT: Ahead-of-time compilation of TorchScript / PyTorch JIT for
NVIDIA GPUs" (150) and OpenAI's blog post "AI-Written Critiques Help Humans Notice Flaws" (176, the blog title of the
self-critiquing paper, not the paper's).  Non-ML or non-arXiv scholarly works are papers: the Alzheimer's
multimodal paper (19), Bostrom and Shulman's working paper "Propositions Concerning Digital Minds and Society" (32),
"The dopamine circuit as a reward-taxis navigation system" (46), "Groupoids: Unifying Internal and External
Symmetry" (116, a Notices of the AMS article), "Efficient BackProp" (126, a chapter of the Tricks-of-the-Trade
proceedings), the Pythae library paper (148).

Decisions:
- Entry = each title paragraph (one per line in 21-22), 117 entries; the two bare URLs (3, 5) and the essay, blog
  post, talk and blog post above (40, 77, 150, 176) are not entries.  Repeats are separate entries.
- Title = the text as written, case kept, lines joined with a space for 50-51, 57-58, 70-71; the author
  ("Kingma, D.P." 113, ", LeCun et al" 126) and the thesis URL are not title; the final "." of citation-style
  titles is dropped (held-out convention); "GPT-3: " kept (a prefix written into the title text).
- Entry lines: 113-114 for the thesis (its URL belongs to it); each other entry its own line(s).
- No arXiv ids or DOIs anywhere (the one URL is a university repository PDF).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "leereeves__DL-Papers__toread@6d77c61.md"
PART = "wild44_development"

NOT_PAPERS = {3: "url", 5: "url", 40: "lesswrong essay", 77: "medium post", 150: "gtc talk", 176: "openai blog"}
JOINED = {50: 51, 57: 58, 70: 71}  # one title over two lines
TWO_TITLES = (21, 22)  # one paragraph, two titles (line 21 ends in spaces)
THESIS = (113, 114)
AUTHOR_TAILS = {113: " Kingma, D.P.", 126: ", LeCun et al"}


def paragraphs(lines: list[str]) -> list[tuple[int, int]]:
    out, start = [], None
    for n, text in enumerate(lines, 1):
        if text.strip() and start is None:
            start = n
        if not text.strip() and start is not None:
            out.append((start, n - 1))
            start = None
    if start is not None:
        out.append((start, len(lines)))
    return out


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    skipped = []
    for first, last in paragraphs(lines):
        if first == 1:
            assert lines[0] == "# Reading list"
            continue
        if first in NOT_PAPERS:
            assert first == last
            skipped.append(first)
            continue
        if (first, last) == TWO_TITLES:
            for n in TWO_TITLES:
                papers.append(entry(lines, n, n, lines[n - 1].strip()))
            continue
        if first in JOINED:
            assert last == JOINED[first]
            title = lines[first - 1].strip() + " " + lines[last - 1].strip()
        elif (first, last) == THESIS:
            assert lines[last - 1] == "https://pure.uva.nl/ws/files/17891313/Thesis.pdf"
            title = lines[first - 1].removesuffix(AUTHOR_TAILS[first])
        else:
            assert first == last, (first, last)
            title = lines[first - 1].strip()
            if first in AUTHOR_TAILS:
                assert title.endswith(AUTHOR_TAILS[first])
                title = title.removesuffix(AUTHOR_TAILS[first])
            assert not title.startswith("http"), first
        papers.append(entry(lines, first, last, title))
    assert sorted(skipped) == sorted(NOT_PAPERS), skipped
    assert len(papers) == 117, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each blank-line-separated title paragraph is an entry (the two-title paragraph 21-22 gives two; titles broken"
        " over two lines joined; Kingma's thesis 113-114 with its URL); the two bare URLs, a LessWrong essay, a"
        " Medium post, a GTC talk and an OpenAI blog post are not; title = text as written without the appended"
        " authors and the citation's final '.'; repeats kept; no ids (117).",
        "Whole file read (250 lines) against the -v output: every paragraph classified (6 non-papers: 3, 5, 40, 77,"
        " 150, 176), the two titles of 21-22 (trailing spaces stripped), joins 50-51, 57-58, 70-71, the thesis"
        " 113-114 without 'Kingma, D.P.', 'Efficient BackProp' without ', LeCun et al' (126), upper-case titles kept,"
        " final dots dropped on 192-204, 'GPT-3:' prefix kept (93), repeats (60/99, 62/101, 36/105/182, ...) kept.",
    )


if __name__ == "__main__":
    main()
