"""Wild48 truth for shuyhere/Awesome-Sparse-Autoencoder README.md: a small personal "awesome" list on sparse
autoencoders and mechanistic interpretability ("Collection of Reverse Engineering in Large Model (and Human
Brain...)"), newest commit (a51ec3d, 2025-01-08).

Shape: 134 lines, 10 KB.  ``##`` sections with bold pseudo-headings (``**Features and Circuits**``), top-level ``*``
bullets ``* [Title](url)`` with optional dates ``(Jan. 16, 2015)``, trailing descriptions, quoted excerpts on indented
continuation lines (14-16, 18) and indented sub-bullets (code links, related sites, a LessWrong sequence's chapter
names 23-31).  Papers (arXiv, Distill, transformer-circuits.pub) are mixed with many non-papers: blog posts (colah
12, Neel Nanda's Othello post 52, Karvonen's board-game post 105, EleutherAI blog 110, Anthropic's "Evaluating
feature steering" research post 115/123), LessWrong posts (22, 98 inline in prose, 100 a bold link in a paragraph),
Google docs (32, 118), a glossary (8, 57), 3Blue1Brown (41), Wikipedia (43), a textbook PDF (47), websites (61
Neuroscope, 119 Neuronpedia, 64 ARENA docs) and a GitHub repo (135 InterProt).

Special cases:
- 76 ``* Gated SAE [Improving Dictionary Learning with Gated Sparse Autoencoders](...)`` and 78 ``* Switch Sparse
  Autoencoders [Efficient Dictionary Learning with Switch Sparse Autoencoders](...)``: a nickname label before the
  link; title = the link text.
- 77 ``* Top-k SAE [Using a TopK activation function gets rid of the need for a sparsity penalty.]( https://arxiv.org/
  abs/2406.04093)``: the link text is a description, not a title (the paper is "Scaling and evaluating sparse
  autoencoders"), so the entry has title None; its URL starts with a space.
- 50 ``The Linear Representation Hypothesis and the Geometry of Large Language`` is cut short (no "Models") and links
  2406.11944 (which is the Transcoders paper, also linked on 81): kept as written, ids as linked.
- 37 and 51 link ``arxiv.org/html/...v1`` pages; 78's arXiv link carries a ``#:~:text=`` fragment.
- Distill articles (13, 17) and transformer-circuits.pub papers (36, 60, 62, 67, 71, 95) are research publications:
  entries.  109 "Language models can explain neurons in language models" links OpenAI's release page but names the
  paper (Bills et al. 2023): entry.  Anthropic's "Evaluating feature steering" (115, 123) exists only as a research
  blog post: not an entry.
- Repeats are separate entries: Towards Monosemanticity (67, 71), Scaling and evaluating sparse autoencoders (72,
  106; 77 points at it too).
- Trailing descriptions after the link (35, 60, 74, 110, 112) are not title text; 95's final period is dropped.

Decisions:
- Entry = a top-level ``*`` bullet whose link is a research paper (28); it spans the bullet line and its indented
  continuation / sub-bullet lines (13-16, 17-18, 60-61, 62-64, 72-73, 81-82).  Title = the first link's text (None
  for 77).
- Not entries: the non-paper bullets listed above, prose links (8, 41, 43, 47, 98, 100), sub-bullets on their own.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "shuyhere__Awesome-Sparse-Autoencoder__README@a51ec3d.md"
PART = "wild48_development"

BULLET = re.compile(r"^\* (?P<label>[^\[]*?)\s*\[(?P<text>[^\]]+)\]\(\s*(?P<url>[^)\s]+)")
NOT_PAPERS = {
    12: "colah blog post", 22: "LessWrong post", 32: "Google doc", 52: "blog post", 57: "glossary entry",
    105: "blog post", 110: "EleutherAI blog post", 115: "Anthropic research blog post", 118: "Google doc",
    119: "website", 123: "Anthropic research blog post", 135: "GitHub repository",
}
NO_TITLE = {77}  # the link text is a description of the method, not a title


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Awesome-Sparse-Autoencoder"
    papers = []
    seen = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith("* "):
            continue
        seen.append(n)
        if n in NOT_PAPERS:
            continue
        m = BULLET.match(ln)
        assert m, (n, ln)
        end = n
        k = n + 1
        while k <= len(lines):
            nxt = lines[k - 1]
            if nxt.startswith((" ", "\t")) and nxt.strip():
                end = k
            elif not nxt.strip() and k < len(lines) and lines[k].startswith("  ") and lines[k].strip():
                pass  # a blank line inside an indented quote (15)
            else:
                break
            k += 1
        title = None if n in NO_TITLE else m.group("text")
        papers.append(entry(lines, n, end, title))
    assert set(NOT_PAPERS) <= set(seen), sorted(set(NOT_PAPERS) - set(seen))
    t = {p["line"]: p for p in papers}
    assert (t[13]["title"], t[13]["end"]) == ("Feature visualization", 16), t[13]
    assert t[17]["end"] == 18 and t[60]["end"] == 61 and t[62]["end"] == 64 and t[72]["end"] == 73, t
    assert (t[37]["title"], t[37]["arxiv"]) == ("Exploring the Residual Stream of Transformers", "2312.12141"), t[37]
    assert (t[50]["title"], t[50]["arxiv"]) == (
        "The Linear Representation Hypothesis and the Geometry of Large Language", "2406.11944"), t[50]
    assert (t[76]["title"], t[76]["arxiv"]) == ("Improving Dictionary Learning with Gated Sparse Autoencoders",
                                                "2404.16014"), t[76]
    assert (t[77]["title"], t[77]["arxiv"]) == (None, "2406.04093"), t[77]
    assert (t[78]["title"], t[78]["arxiv"]) == ("Efficient Dictionary Learning with Switch Sparse Autoencoders",
                                                "2410.08201"), t[78]
    assert t[95]["title"] == "Sparse Crosscoders for Cross-Layer Features and Model Diffing", t[95]
    assert t[109]["title"] == "Language models can explain neurons in language models" and t[109]["arxiv"] is None
    assert [p["line"] for p in papers if p["title"] == "Scaling and evaluating sparse autoencoders"] == [72, 106]
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each top-level '* [Title](url)' bullet whose link is a research paper (arXiv, Distill, transformer-circuits"
        ".pub, OpenAI's 'Language models can explain neurons...' release) is an entry (28), spanning the bullet and"
        " its indented continuation/sub-bullet lines; title = the first link's text (the 'Gated SAE' / 'Switch Sparse"
        " Autoencoders' labels before the link dropped, trailing descriptions dropped), None for 77 whose link text is"
        " a description ('Top-k SAE [Using a TopK activation function ...]').  Not entries: blog posts (colah,"
        " Nanda, Karvonen, EleutherAI, Anthropic's feature-steering post), LessWrong posts, Google docs, glossary,"
        " 3B1B, Wikipedia, a textbook, websites and the InterProt GitHub repo; prose links and sub-bullets on their"
        " own.",
        "Read all 134 lines; compared -v for all 28 entries and checked every top-level bullet's paper/non-paper call"
        " (12 non-papers skipped), spans of quoted/indented continuations (13-16, 17-18, 60-61, 62-64, 72-73, 81-82),"
        " the truncated title 50 with its wrong link, nickname labels 76/78, the None title 77 with its space-led URL,"
        " arXiv html links 37/51, repeats 67/71 and 72/106, no ids for Distill/transformer-circuits/OpenAI links.",
    )


if __name__ == "__main__":
    main()
