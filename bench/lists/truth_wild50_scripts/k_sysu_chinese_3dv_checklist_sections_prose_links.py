"""Wild50 truth for Sy-SU/3DV-Lib 文献列表.md ("literature list"): a Chinese student's reading plan for diffusion
models, text-to-3D and 3D scene generation, newest (and only) commit (a17646a, 2026-05-31).

Shape: 166 lines, 13 KB, Chinese prose around English titles; every link is an arXiv pdf/abs link.
- 3-38: a task-list of 36 titles with no links, ``- [x] DDPM: Denoising Diffusion Probabilistic Models`` (done) or
  ``- [ ] ...`` (to do); the last 15 are bold, ``- [ ] **Classifier-Free Diffusion Guidance**``.
- ``### Section 1..6`` / ``## Section 7`` (40-97): numbered link lists ``1. [Title](https://arxiv.org/pdf/...)``
  (41-45, 63-64, 68-70, 73-75, 78-82, 95-97), bullets with a nickname after the link, separated by a full-width
  comma (``- [Auto-Encoding Variational Bayes](...)，也就是 VAE`` 50, ``，VQ-VAE`` 51, ``，DiT`` 88) or a space
  (``... CycleGAN`` 58, ``... Pix2Pix`` 59), a Chinese prose paragraph with four inline paper links (47), and a
  prose line pointing to a survey (93 ``关于场景生成的综述：[3D Scene Generation](...)``).
- ``#### Procedural Gen`` ... ``#### Interaction in 3D Generation`` (101-165): task-list bullets with ``-`` or ``*``,
  a bold nickname, a colon, then the linked title: ``* [ ] **ATISS**: [ATISS: Autoregressive Transformers ...](...)``;
  the nickname can differ from the title (``**GSN**: [Unconstrained Scene Generation ...]`` 126, ``**Xcube**:
  [XCube: ...]`` 129, ``**ImmersiveGAN**: [Guided Co-Modulated GAN ...]`` 134).

Special cases:
- The task list 3-38 repeats the papers of the sections below (without links); repeats are separate entries.
- 47: four papers in one prose line = four entries on the same line; each entry's arXiv id is set from its own link
  (the line-based id would give all four the first link's id).
- 47/99 also name papers without links in prose (``DDPM``, ``Null-text Inversion``, ``在 3D Scene Generation
  中提到``): mentions in running text, not entries.
- Nickname prefixes written inside the title (``DDPM: ...``, ``LDM: High-Resolution ...``, ``ATISS: ...``) are kept;
  the bold nickname before the link (101-165) and the nickname after it (50-52, 58-59, 87-89) are dropped.

Decisions:
- Entry = every task-list title (3-38), every linked title in the sections (numbered items, bullets, the four
  inline links of 47, the survey link of 93) and every ``[ ] **Nick**: [Title](url)`` bullet (101-165): 122.
- Title = the task-list text without ``[x]``/``[ ]`` and ``**``, else the link text.
"""
import re

from _wild50 import arxiv_of, entry, read_lines, write_truth

NAME = "Sy-SU__3DV-Lib__文献列表@a17646a.md"
PART = "wild50_development"

TASK = re.compile(r"^- \[[x ]\] (?:\*\*(?P<bold>[^*]+)\*\*|(?P<plain>[^*\[]+))$")
LINK = re.compile(r"\[(?P<text>[^\]]+)\]\((?P<url>https://arxiv\.org/(?:pdf|abs)/[\d.]+)\)")
NUMBERED = re.compile(r"^\d\. \[[^\]]+\]\([^)]+\)$")
BULLET = re.compile(r"^- \[[^\]]+\]\([^)]+\)(?:，(?:也就是 )?[A-Za-z-]+| (?:CycleGAN|Pix2Pix))?$")
NICK = re.compile(r"^[-*] \[ \] \*\*(?P<nick>[^*]+)\*\*: \[[^\]]+\]\([^)]+\)\s*$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "## 文献列表", lines[0]
    papers = []
    kinds = {"task": 0, "numbered": 0, "bullet": 0, "prose": 0, "nick": 0}
    for n, ln in enumerate(lines, 1):
        m = TASK.match(ln)
        if m:
            papers.append(entry(lines, n, n, (m.group("bold") or m.group("plain")).strip()))
            kinds["task"] += 1
            continue
        links = list(LINK.finditer(ln))
        if not links:
            continue
        if NUMBERED.match(ln) or BULLET.match(ln) or NICK.match(ln):
            assert len(links) == 1, (n, ln)
            kind = "numbered" if NUMBERED.match(ln) else "bullet" if BULLET.match(ln) else "nick"
            kinds[kind] += 1
            papers.append(entry(lines, n, n, links[0].group("text")))
            continue
        assert n in (47, 93), (n, ln)
        for link in links:
            p = entry(lines, n, n, link.group("text"))
            p["arxiv"] = arxiv_of(link.group("url"))
            papers.append(p)
            kinds["prose"] += 1
    assert kinds == {"task": 36, "numbered": 21, "bullet": 11, "prose": 5, "nick": 49}, kinds
    for p in papers:
        assert p["title"] and not re.search(r"[*\[\]]|，", p["title"]), p
        assert (p["arxiv"] is None) == (p["line"] <= 38), p
    t: dict[int, list] = {}
    for p in papers:
        t.setdefault(p["line"], []).append(p)
    assert t[3][0]["title"] == "DDPM: Denoising Diffusion Probabilistic Models", t[3]
    assert t[24][0]["title"] == "Deep Unsupervised Learning using Nonequilibrium Thermodynamics", t[24]
    assert [(p["title"][:20], p["arxiv"]) for p in t[47]] == [
        ("Deep Unsupervised Le", "1503.03585"), ("Improved Denoising D", "2102.09672"),
        ("Classifier-Free Diff", "2207.12598"), ("Score-Based Generati", "2011.13456")], t[47]
    assert (t[50][0]["title"], t[50][0]["arxiv"]) == ("Auto-Encoding Variational Bayes", "1312.6114"), t[50]
    assert t[58][0]["title"] == "Unpaired Image-to-Image Translation using Cycle-Consistent Adversarial Networks"
    assert (t[88][0]["title"], t[88][0]["arxiv"]) == ("Scalable Diffusion Models with Transformers", "2212.09748")
    assert (t[93][0]["title"], t[93][0]["arxiv"]) == ("3D Scene Generation", "2505.05474"), t[93]
    assert (t[103][0]["title"], t[103][0]["arxiv"]) == (
        "Infinite photorealistic worlds using procedural generation", "2306.09310"), t[103]
    assert t[126][0]["title"] == "Unconstrained Scene Generation with Locally Conditioned Radiance Fields", t[126]
    assert (t[165][0]["title"], t[165][0]["arxiv"]) == (
        "PhysGen3D: Crafting a Miniature Interactive World from a Single Image", "2503.20746"), t[165]
    assert len(papers) == 122, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entries (122): the 36 unlinked task-list titles 3-38 (title = text without the checkbox and '**'), and every"
        " linked title below: numbered items (21), bullets with a trailing nickname after a full-width comma or space"
        " (11, nickname dropped), the four inline links of the prose paragraph 47 (four entries on one line, each"
        " arXiv id set from its own link), the survey link 93, and the 49 '[ ] **Nick**: [Title](url)' bullets"
        " (title = link text, bold nickname dropped). Repeats between the task list and the sections are separate"
        " entries; unlinked paper names inside Chinese prose (47, 99) are not entries.",
        "Read all 166 lines; compared -v for every entry: checkbox/bold stripping on 3-38, nickname prefixes kept as"
        " written ('DDPM: ...', 'ATISS: ...'), trailing nicknames dropped (50-52, 58-59, 87-89), the four ids of 47,"
        " bold nicknames differing from titles (126 GSN, 129 Xcube, 134 ImmersiveGAN, 136 PanFusion, 141 GVSNet),"
        " arXiv ids on every linked entry and none on the task list.",
    )


if __name__ == "__main__":
    main()
