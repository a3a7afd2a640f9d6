"""Wild56 truth for alan-turing-institute/robots-in-disguise PREVIOUS.md: the archive of the Alan Turing Institute's
LLM reading group "Robots in Disguise" (2023-2025), newest commit (223d4ff, 2025-10-30).

Shape: 610 lines, 51 KB.  ``## Previous sessions`` (1), a 4-column table ``|Date | Topic | Room | Lead |`` with one row
per session (7-78; date linked to an anchor, topic text with ``([Slides](...))`` links, room, lead with GitHub or web
links), then ``# Material for sessions`` (82) with one ``## dd/mm/yy`` + ``### Topic`` block per session, whose reading
lists are bullets of Markdown links under ``**Main**`` / ``**Extra**`` / ``**Supplementary**`` / ``**Beyond RLHF**`` /
``**Guides**`` / ``**Videos**`` labels, finally ``## Miscellaneous`` (604).  The links mix research papers with blog
posts, YouTube lectures, textbook chapters, course notes, docs, repos, podcasts and project pages.

Special cases:
- Link text styles: the paper title (``[Attention is all you need](https://arxiv.org/abs/1706.03762)``); the title
  with an annotation (88 ``[Don't Count, Predict! paper]``, 365/366 ``[(2020) Zoom In: ...]``, 564 ``[... (Report)]``,
  565 ``[... (Nature paper)]``, 279 ``[AI and Catastrophic Risk - Y. Bengio]``); author-year only (01/07/24 block,
  468-492: ``[Vaswani et al.'17](...)``, ``[Hopfield'82](...)``); a description instead of a title (149
  ``[Anthropic's Transformer Circuits](transformer-circuits.pub/2021/framework)``, 291 ``[this is the main
  paper](arxiv 2112.10752)`` inside a prose sentence, 398 ``Aya Initiative: [website](...), [data paper](...)``).
- 203-205: one link text broken over three lines (``[Neocognitron: A Self-organizing Neural Network Model`` /
  ``for a Mechanism of Pattern Recognition`` / ``Unaffected by Shift in Position](...Fukushima1980.pdf)``).
- 596 and 601 are bare link lines (no bullet) under ``### DeepSeek R1`` / ``### DeepSeek V3``.
- Titles are kept as the file writes them: upper case (286 ``DENOISING DIFFUSION IMPLICIT MODELS``, 449
  ``FINE-TUNING ALIGNED ...!``, 416 ``THE GENERATIVE AI PARADOX: “What It Can Create, It May Not Understand”``), typos
  (199 ``... Image Recongition at scale``, 225 ``LoRA: Low-Rank Adaption ...``, 381 ``Hierachical``), 386 ``ROFORMER``.
- Repeats are separate entries: Attention is all you need (144, 160, and 468 as Vaswani et al.'17), the Mechanistic
  Interpretability II and III blocks (540-543 = 577-580), ViT (199, 348), RoFormer (386, 510), the Transformer Circuits
  framework (149, 366, 469, 533), Zoom In (365, 532), Sociotechnical Safety Evaluation (275 arXiv, 528 DeepMind page),
  latent diffusion (291, 315).  542 and 543 both point at arXiv 2309.08600 (542's link is wrong in the file).
- Session table rows (7-78) name session topics, several of which are paper titles (``S1: Simple test-time scaling``,
  ``Vision Transformers Need Registers``, ``Agentic Context Engineering``): they are session records, not references,
  and are not entries; the papers, when linked, appear in the material blocks.  The unlinked talk titles under
  ``Two talks:`` (571-572) and the unlinked books (358-359 ``Book: Nick Bostrom - "Superintelligence"``) are not
  entries either.

Decisions (what is a paper):
- Entry = one Markdown link in the material part (81-610) whose target is a research paper: arXiv / bioRxiv /
  OpenReview / ACL Anthology / PMLR / NeurIPS / IEEE / PNAS / Nature articles, conference PDFs on author pages, the
  OpenAI GPT-1/GPT-2 papers, Distill articles (151, 365, 532) and transformer-circuits.pub papers, the Llama 3 and NLLB
  reports and the DeepMind publication page (528), the Cohere Aya data paper (398) and Bengio's Journal of Democracy
  article (279).  Not entries: blogs and explainers (incl. The Annotated Transformer 162, Anthropic's news post 534,
  paper-summary posts 180/189), videos, textbook chapters (Speech and Language Processing, Neural Networks and Deep
  Learning), CS224n notes, slides, docs/guides, repos, project pages (566), the CIP white paper (399), websites.
  One entry per link: 107 entries.
- Title = the link text when it names the paper (joined over 203-205; without the annotations "paper", "(2020) ",
  "(2021) ", "(Report)", "(Nature paper)", " - Y. Bengio"); ``None`` for author-year texts and descriptions (149, 291,
  398, 468-492 except the Blog link).
- DOIs from PNAS (485 ``10.1073/pnas.79.8.2554``), bioRxiv (406, set by hand without the ``v2`` suffix) and none for
  Nature 565 (its URL carries only the article slug); arXiv ids from arXiv URLs.
"""
import re

from _wild56 import entry, read_lines, write_truth

NAME = "alan-turing-institute__robots-in-disguise__PREVIOUS@223d4ff.md"
PART = "wild56_development"

LINK = re.compile(r"\[(?P<text>[^\]]*)\]\((?P<url>[^)\s]*)\)")
# link targets that are research papers, by URL
PAPER_URL = re.compile(
    r"arxiv\.org/|aclanthology\.org/|openreview\.net/|proceedings\.mlr\.press/|proceedings\.neurips\.cc/"
    r"|ieeexplore\.ieee\.org/|pnas\.org/doi/|biorxiv\.org/|nature\.com/articles/|distill\.pub/20"
    r"|transformer-circuits\.pub/20|cdn\.openai\.com/research-covers/|d4mucfpksywv\.cloudfront\.net/"
    r"|lingming\.cs\.illinois\.edu/publications/|rctn\.org/bruno/public/papers/|journalofdemocracy\.org/"
    r"|ai\.meta\.com/research/publications/|research\.facebook\.com/publications/|deepmind\.google/research/publications/"
    r"|cohere\.com/research/papers/"
)
NO_TITLE = re.compile(r"^(?:[A-Z][\w -]*(?:et al\.|, [A-Z]\w+|& \w+)?'\d\d[ab]?|[A-Z]\w+'\d\d)$")
DESCRIPTIONS = {"Anthropic's Transformer Circuits", "this is the main paper", "data paper"}
ANNOTATIONS = [
    (re.compile(r" paper$"), ""),
    (re.compile(r"^\(\d{4}\) "), ""),
    (re.compile(r" \((?:Report|Nature paper)\)$"), ""),
    (re.compile(r" - Y\. Bengio$"), ""),
]


def main() -> None:
    lines = read_lines(NAME)
    assert lines[81] == "# Material for sessions", lines[81]
    papers = []
    n = 82  # 1-based line number; material part starts at 82
    while n <= len(lines):
        text = lines[n - 1]
        first = n
        if re.search(r"\[[^\]]*$", text) and "](" not in text.split("[")[-1]:
            # a link text broken over several lines (203-205)
            while "](" not in text:
                n += 1
                text += " " + lines[n - 1]
        for m in LINK.finditer(text):
            if not PAPER_URL.search(m.group("url")):
                continue
            title = m.group("text").strip()
            if NO_TITLE.match(title) or title in DESCRIPTIONS:
                title = None
            else:
                for pat, rep in ANNOTATIONS:
                    title = pat.sub(rep, title)
            papers.append(entry(lines, first, n, title))
        n += 1
    by = {(p["line"], p["title"]): p for p in papers}
    lines_of = [p["line"] for p in papers]
    assert lines_of == [
        88, 144, 149, 151, 160, 174, 186, 190, 198, 199, 203, 213, 216, 225, 238, 239, 242, 243, 263, 267, 268, 269,
        275, 279, 285, 286, 289, 291, 297, 300, 301, 302, 303, 315, 333, 345, 348, 365, 366, 381, 382, 385, 386, 387,
        396, 397, 398, 406, 407, 413, 414, 415, 416, 422, 424, 434, 435, 436, 442, 448, 449, 455, 468, 469, 471, 472,
        473, 474, 476, 477, 478, 479, 480, 481, 482, 485, 486, 487, 488, 489, 491, 492, 508, 509, 510, 515, 528, 532,
        533, 535, 536, 540, 541, 542, 543, 552, 559, 564, 565, 577, 578, 579, 580, 590, 591, 596, 601,
    ], lines_of
    assert len(papers) == 107, len(papers)
    neo_title = (
        "Neocognitron: A Self-organizing Neural Network Model for a Mechanism of Pattern Recognition"
        " Unaffected by Shift in Position"
    )
    neo = by[(203, neo_title)]
    assert neo["end"] == 205, neo
    assert (88, "Don't Count, Predict!") in by
    assert (365, "Zoom In: An Introduction to Circuits") in by
    assert (279, "AI and Catastrophic Risk") in by
    assert (564, "No Language Left Behind: Scaling Human-Centered Machine Translation") in by
    assert (565, "Scaling neural machine translation to 200 languages") in by
    assert (199, "An Image Is Worth 16x16 Words: Transformers for Image Recongition at scale") in by
    assert by[(468, None)]["arxiv"] == "1706.03762", by[(468, None)]
    assert by[(485, None)]["doi"] == "10.1073/pnas.79.8.2554", by[(485, None)]
    assert by[(291, None)]["arxiv"] == "2112.10752", by[(291, None)]
    assert by[(398, None)]["doi"] is None and by[(398, None)]["arxiv"] is None
    assert by[(149, None)]["arxiv"] is None
    assert (596, "DeepSeek-R1: Incentivizing Reasoning Capability in LLMs via Reinforcement Learning") in by
    assert sum(p["title"] is None for p in papers) == 23, sum(p["title"] is None for p in papers)
    bio = by[(406, "Towards a Foundation Model of the Mouse Visual Cortex")]
    bio["doi"] = "10.1101/2023.03.21.533548"  # the URL ends in the version suffix v2
    write_truth(
        NAME,
        PART,
        papers,
        method="Entries are the Markdown links in the '# Material for sessions' part (82-610) whose target is a research"
        " paper (arXiv, bioRxiv, OpenReview, ACL Anthology, PMLR, NeurIPS, IEEE, PNAS, Nature, Distill,"
        " transformer-circuits.pub, the OpenAI GPT papers, Meta/DeepMind/Cohere publication pages, an author-page ICSE"
        " PDF, Fukushima 1980, Bengio's Journal of Democracy article); one entry per link, repeats kept.  Blogs,"
        " videos, textbook chapters, course notes, docs, repos, slides, project pages and the CIP white paper are not"
        " entries; nor are the session-table rows (topics) or unlinked talk/book names.  Title = the link text"
        " (joined over the three lines of 203-205) without annotations ('paper', '(2020) ', '(Report)', '(Nature"
        " paper)', ' - Y. Bengio'); None for author-year link texts (Vaswani et al.'17 ...) and descriptions"
        " ('this is the main paper', 'data paper', \"Anthropic's Transformer Circuits\").",
        checked="Read the whole file and classified every link of the material part by eye (list printed with line,"
        " text, URL); compared the -v output for all 107 entries: titles as written (caps, typos), annotations"
        " dropped, None for the 23 author-year/description links, the 3-line Neocognitron span, bare link lines 596 and"
        " 601, repeated blocks kept, arXiv ids from URLs, the PNAS DOI and the bioRxiv DOI set by hand without v2.",
    )


if __name__ == "__main__":
    main()
