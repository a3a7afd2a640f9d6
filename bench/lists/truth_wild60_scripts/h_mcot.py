"""Wild60 truth for yaotingwangofficial/Awesome-MCoT README.md at 2614370: the companion repository of the survey
"Multimodal Chain-of-Thought Reasoning: A Comprehensive Survey" (arXiv 2503.12605).

Shape: 873 lines.  Centered HTML header with badges (1-13), intro and updates (26-45), table of contents bullets
(49-77), then
- "MCoT Datasets and Benchmarks" (81): three pipe tables Tab-1..Tab-3 (86-140) whose first cell names a dataset or
  benchmark, linked mostly to its GitHub / project / Hugging Face page;
- "Multimodal Reasoning via RL" (148): a model comparison table (152-175), first cell a model name linked mostly
  to GitHub; then HTML comments listing badge colours (177-189);
- "MCoT Over Various Modalities" (192-592): per modality, ``<details>`` blocks with
  ``<summary><b>2025</b> &nbsp;·&nbsp; 25 papers</summary>`` and one bullet per paper, blank lines between::

      - [**Title**](paper link) [![Paper](https://img.shields.io/badge/arXiv-b22222)](link) [![Star](...)](github) <!-- 03-25 -->

- "MCoT Methodologies" (593) and "Applications" (717): the same bullets directly under ``##`` headings;
- "Useful Links / Survey" (846-852): three plain ``- [Title](arxiv link)`` bullets; citation bibtex; star history.

Special cases:
- The venue is only a shields.io badge image (``badge/NIPS-CD5C5C``); some bullets write the badge without its
  link brackets (``![Paper](...)`` at 300, 304).
- Seven bullets have no link, only the bold title and ``<!-- TODO: add arXiv URL -->`` (207, 491, 493, 801, 807,
  822, 843): still papers.
- Bullets that name a software project, not a paper: ``[**VLM-R1**]`` (233), ``[**Multimodal Open R1**]`` (265),
  ``[**Easy-R1**]`` (267), ``[**R1V**]`` (269), ``[**MultiModal Tree of Thoughts**]`` (615, an unofficial
  implementation), ``[**Open R1 Video**]`` (704), ``[**OpenManus: An open-source framework for building general AI
  agents**]`` (755); all link only a GitHub repository.  702 ``[**QwQ: Reflect Deeply on the Boundaries of the
  Unknown**]`` links the Qwen blog post (qwenlm.github.io/blog), not a paper.  Other GitHub-linked bullets carry a paper title (MM-Eureka
  235, Video-R1 400, FutureSightDrive 778) and are papers.
- 495 ``[**EchoInk-R1**](https://arxiv.org/abs/2505.04623)`` names the paper by its model name only.
- Some title links point at another paper's arXiv id: 404 video-SALMONN-o1 and 402 CoS both link 2502.06428, 831
  "Mastering Text-to-Image Diffusion" and 820 link 2405.15687; the ids are kept as written.
- The ``N papers`` counts in the ``<summary>`` lines are stale (e.g. 217 says 25, the block has 31 bullets).
- The same paper can appear twice (219 and 277 "Imagine while Reasoning in Space: ..."; 286 and 310 "Mind's Eye of
  LLMs: ...").
- Titles keep the list's casing (227 ``Openvlthinker: An early exploration ...``).

Decisions:
- Entry = every bullet after the table of contents whose text is ``[**Title**](...)``, ``**Title**`` or (Useful
  Links) ``[Title](...)``, one line each, except the seven software bullets and the QwQ blog post above; title =
  the bold / link text, except 495 whose bold text is a model name (title None).
- Table rows are datasets, benchmarks and models, not papers, and write no paper title.  A row is an entry (title
  None) only when its name links the paper itself (arxiv.org: 91 VideoCoT, 120 AVTrustBench, 172 R1-VL, 174
  EchoInk-R1, 175 Web-CogReasoner); rows linking GitHub / project / dataset pages are not entries.
- The survey's own arXiv badge (6), the intro link (30), the bibtex and the badge-colour comments are not entries.
"""
import re

from _wild60 import entry, read_lines, write_truth

NAME = "yaotingwangofficial__Awesome-MCoT__README@2614370.md"
PART = "wild60_development"

BOLD = re.compile(r"^- \[?\*\*(.+?)\*\*")
PLAIN = re.compile(r"^- \[([^\]]+)\]\(https?://")
ROW = re.compile(r"^\|\s*\[[^\]]+\]\(https://arxiv\.org/")
SOFTWARE = {233, 265, 267, 269, 615, 704, 755}
BLOG = {702}
NAME_ONLY = {495}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n < 80 or n in SOFTWARE or n in BLOG:
            continue
        m = BOLD.match(ln) or PLAIN.match(ln)
        if m:
            papers.append(entry(lines, n, n, None if n in NAME_ONLY else m.group(1).strip()))
        elif ROW.match(ln):
            papers.append(entry(lines, n, n, None))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 222, len(papers)
    assert [n for n in by if by[n]["title"] is None] == [91, 120, 172, 174, 175, 495]
    assert not (SOFTWARE | BLOG) & set(by)
    assert by[495]["arxiv"] == "2505.04623", by[495]
    assert by[199]["title"].startswith("ImgCoT: Compressing Long Chain of Thought"), by[199]
    assert by[207]["title"] == "Imagination Helps Visual Reasoning, But Not Yet in Latent Space", by[207]
    assert by[235]["title"] == ("MM-Eureka: Exploring Visual Aha Moment with Rule-based Large-scale Reinforcement"
                                " Learning"), by[235]
    assert by[219]["title"] == by[277]["title"], (by[219], by[277])
    assert by[300]["title"] == "Visual Sketchpad: Sketching as a Visual Chain of Thought for Multimodal Language Models"
    assert by[300]["arxiv"] == "2406.09403", by[300]
    assert by[848]["title"] == "From System 1 to System 2: A Survey of Reasoning Large Language Models", by[848]
    assert by[172]["arxiv"] == "2503.12937", by[172]
    write_truth(
        NAME,
        PART,
        papers,
        method="Every bullet after the table of contents written '- [**Title**](link) [![Paper](venue badge)](..)"
        " [![Star](..)](github)', '- **Title** <!-- TODO -->' or (Useful Links) '- [Title](arxiv)' is one entry,"
        " one line; title = the bold / link text.  Seven bullets naming only software projects linked to GitHub"
        " (233, 265, 267, 269, 615, 704, 755) and the QwQ blog post (702) are not papers; 495 names only the model"
        " 'EchoInk-R1' (title None).  Dataset / benchmark / model table rows are entries"
        " with title None only when the name links the paper on arxiv.org (91, 120, 172, 174, 175); other rows are"
        " not entries.",
        checked="Read the whole file; compared the -v output with every bullet in the details blocks and under the"
        " methodology / application headings, the TODO bullets without links, the GitHub-only bullets, the tables'"
        " first cells and links, duplicates (219/277, 286/310) and arXiv ids from the title links.",
    )


if __name__ == "__main__":
    main()
