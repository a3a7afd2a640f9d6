"""Wild48 truth for Gorilla-Lab-SCUT/Visual-Auditory-Fusion-Perception paper_list.md: the index of a lab platform
("视听融合感知智能引擎平台", visual-auditory fusion perception engine) listing the lab's papers by the GitHub code
repository of each.  Taken at 63d04e3 (2024-05-13), the last commit holding the file: the newest commit 5485aa5
deleted paper_list.md and moved the same list into README.md after an installation guide.

Shape: 207 lines, 11 KB, bullets only.  ``# Visual-Auditory-Fusion-Perception`` (1), ``## Structure`` (3), then emoji
``####`` headings: ``📈 Benchmark`` (5; three dataset links 7-11), ``📷 Visual Perception`` (13) with two category
bullets ``- [2D Perception](Visual-Perception/2D-Perception/)`` (15) and ``- [3D Perception](...)`` (126), each over
indented bullets ``  - [<paper title>](https://github.com/<owner>/<repo>)`` separated by blank or one-space lines;
``🎧 Audio`` (155-167), ``💬 NLP`` (169-175), ``🔮 Multi-Modal`` (177-191), ``🤖 Robotic`` (193-199); a commented-out
``#### Others`` block closes the file (201-207).  Every link goes to a code repository (some ending ``.git``); there
is no paper link, arXiv id or DOI anywhere.

Special cases:
- Items hidden in HTML comments: ``  <!-- - !! 2019 [Multi-marginal Wasserstein GAN](https://github.com/...) -->``
  (29, 35, 37, 39, 49, 61, 73, 83, 85, 89, 91, 93, 95, 97, 109, 111, 115, 117, 119, 121, 123; most flagged ``!!``, some
  with a year, 61 ``!! 2017[MPGL]``, 117 ``!!! [LayerOT]``) and the whole ``Others`` block 201-207: not rendered, so
  not entries.
- Link texts that are not paper titles: the datasets 7-11, the category bullets 15/126, the Audio items (task or
  system names ``Automatic Speech Recognition``, ``Dialogue System``, ``Text To Speech``, ``Audio Anti-spoofing``,
  ``Blizzard_Challenge``, and the model name ``RegNet`` 167), the NLP model names ``CogVLM`` (173) and ``Qwen`` (175):
  code or model links, not entries.
- Kept as entries with the writer's title although it reads like a repository description: 27 ``High-resolution
  networks (HRNets) for Image classification`` and 144 ``CPEM: Consistent Parameter Estimation Model``.
- 63 and 75 are the same paper (``Source-free Domain Adaptation via Avatar Prototype Generation and Adaptation``): two
  entries.
- Typos kept as written: ``Regularizad`` (19), ``Effcient`` (53), ``Domain-Symnetric`` (57), ``Cross-VIew SpaTial`` (134);
  ``.../Object Detection`` with a slash (99).

Decisions:
- Entry = every rendered bullet whose link text is a paper title (57): 2D Perception 33, 3D Perception 13, NLP 1
  (171), Multi-Modal 7, Robotic 3; one line each; title = the link text.
- No ids (all links are code repositories).
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "Gorilla-Lab-SCUT__Visual-Auditory-Fusion-Perception__paper_list@63d04e3.md"
PART = "wild48_development"

ITEM = re.compile(r"^(?P<indent> *)- \[(?P<text>[^\]]+)\]\((?P<url>[^)]+)\)\s*$")
NOT_PAPERS = {
    "AGE Challenge Dataset", "COVID-DA Dataset", "Visually Aligned Sound (VAS) Dataset", "2D Perception",
    "3D Perception", "Automatic Speech Recognition", "Dialogue System", "Text To Speech", "Audio Anti-spoofing",
    "Blizzard_Challenge", "RegNet", "CogVLM", "Qwen",
}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# Visual-Auditory-Fusion-Perception"
    papers = []
    comment = False
    hidden = 0
    sections: dict[str, int] = {}
    section = ""
    for n, ln in enumerate(lines, 1):
        if comment or "<!--" in ln:
            if "- [" in ln or "- !!" in ln:
                hidden += 1
            comment = "-->" not in ln
            continue
        if ln.startswith("####"):
            section = ln
            continue
        m = ITEM.match(ln)
        if not m:
            assert not ln.strip() or ln.startswith("#"), (n, ln)
            continue
        text = m.group("text")
        if text in NOT_PAPERS:
            continue
        assert m.group("url").startswith("https://github.com/"), (n, ln)
        key = section if "Visual" not in section else f"{section} {'3D' if n > 126 else '2D'}"
        sections[key] = sections.get(key, 0) + 1
        papers.append(entry(lines, n, n, text))
    assert list(sections.values()) == [33, 13, 1, 7, 3], sections
    assert hidden == 24, hidden
    t = {p["line"]: p for p in papers}
    assert t[17]["title"].startswith("Improving the Generalization of Segmentation Foundation Model"), t[17]
    assert t[63]["title"] == t[75]["title"] == "Source-free Domain Adaptation via Avatar Prototype Generation and Adaptation"
    assert t[99]["title"] == ("Towards Hard-Positive Query Mining for DETR-based Human-Object Interaction Detection/Object"
                              " Detection"), t[99]
    assert t[144]["title"] == "CPEM: Consistent Parameter Estimation Model", t[144]
    assert t[171]["title"] == "How to Train Your Agent to Read and Write", t[171]
    assert not any(k in t for k in (29, 37, 61, 117, 167, 173, 175, 203))
    assert not any(p["arxiv"] or p["doi"] for p in papers)
    assert len(papers) == 57, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every rendered bullet whose link text is a paper title is an entry (57; 2D Perception 33, 3D Perception 13,"
        " NLP 1, Multi-Modal 7, Robotic 3), title = the link text (links go to code repositories, no ids). Not"
        " entries: the 21 commented-out items and the commented 'Others' block, dataset links, the 2D/3D category"
        " bullets, Audio task/system links and the model names RegNet, CogVLM, Qwen; the duplicate 63/75 is two"
        " entries.",
        "Read all 207 lines; compared -v against every visible bullet (17-199): HTML-commented items skipped (29,"
        " 35-39, 49, 61, 73, 83-97, 109-123, 201-207), typos kept (19, 53, 57, 134), the duplicate 63/75, borderline"
        " titles 27 and 144 kept, Audio 157-167 and CogVLM/Qwen 173/175 left out; no arXiv id or DOI from the GitHub"
        " links.",
    )


if __name__ == "__main__":
    main()
