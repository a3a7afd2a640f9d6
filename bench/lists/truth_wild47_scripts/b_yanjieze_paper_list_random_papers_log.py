"""Wild47 truth for YanjieZe/Paper-List README.md: "A Paper List of Yanjie Ze", one robotics PhD student's running
log of papers he came across ("Recent Random Papers"), newest commit (e0e815a, 2026-08-22; 892 commits touch the file).

Shape: 635 lines, 87 KB.  ``# A Paper List of [Yanjie Ze](...)`` (1), a ``Topics:`` bullet list of links to his topic
pages (3-8) and a ``Papers:`` tree of conference listing links by year (10-31, ``[RSS 2025](...)``, ``[CVPR 2024](...) /
[interactive overview](...)``): navigation, not papers.  ``# Recent Random Papers`` (34) then one flat bullet list,
lines 35-631, one item per line, newest first, no blank line inside; ``# Contact`` (634-635) closes the file.

The log changed its item shape over the years, and both shapes are in the file:
- newer items (mostly 35-106): ``- [arXiv 2026.06](https://arxiv.org/abs/2606.15768), LaWAM: Latent World Action ...`` -
  the venue/date is the link text of the only link (``[website](...)``, ``[github](...)``, ``[Science Robotics](...)``,
  ``[1968](...)``), the title follows after ``), `` and nothing comes after it.
- older items (88, 101-631): ``- arXiv 2024.10, **MonST3R**: A Simple Approach ..., [Website](url) / [arXiv](url)`` -
  a plain venue text (``CVPR 2023 award candidate``, ``arXiv 2024.09 / CoRL 2024 Oral``, ``code``, ``SIIGRAPH 2023``),
  a comma, the title with a bold nickname or a bold phrase anywhere in it (``Reinforcement Learning from **Wild Animal
  Videos**``, ``One Step Diffusion via **Shortcut Models**``), then ``, [Link](url)`` links joined by `` / ``.

Special cases:
- Titles hold commas (545 ``**RPDiff**: Shelving, Stacking, Hanging: ...``, 187 ``... Locomotion Control via
  Diffusion-Style Annealing``), so the title ends at the first Markdown link, not at a comma.
- 312/327/347 end the title with ``?`` and a link without the comma (``... Vision Models? [arXiv](...)``); 228 has
  ``,[Website]`` without a space; 389 ``/[Website]``; 219 (``Humanoid 2006, Dynamic Pen Spinning ...``) and 627
  (``CVPR 2023 highlight, F2-NeRF: Fast Neural Radiance Field Training with Free Camera``, cut short) have no link.
- 144 ``**Cosmos**: World Foundation Model ...`` and 340 ``**Humanoid-Gym**: ...`` have no venue at all.
- Repeats are separate entries (Dexora 46/89, Learning Force Control for Legged Manipulation 130/270, TD-MPC2 470/483;
  From Imitation to Refinement 174/228 with two wordings).
- Soft hyphen kept as written in 354 (``Scene Gen\\u00aderation``).

Decisions:
- Entry = every bullet 35-631 naming a research work; title = the item's title as written, bold markers dropped
  (the bold nickname stays, it is part of the written title, ``MonST3R: A Simple Approach ...``).
- Not entries (6): the new-format items that name no research work but a dataset, a product, a company blog post or an
  awesome list - 38 ``EgoSuite-Open100K`` (Hugging Face dataset), 39 ``Gen-1.5`` (generalistai.com/blog), 62 ``Towards
  Machines with a Thousand Hands`` (generalistai.com/blog), 63 ``Introducing FLUX-mimic: ...`` (company blog), 64
  ``COSA 0.5`` (product page), 80 ``Awesome UMI``.  Kept as entries: the Anthropic research write-ups 65/66 (anthropic.com
  /research), the code-linked papers (57 lingbot-video, 82 GRAIL, 614 ``code, Instruct-NeRF2NeRF``), dataset/benchmark
  *papers* with a venue (DROID, ARCTIC, OmniObject3D), 90 the 1968 DTIC report, 621 Alpaca (listed as ``arXiv 2023``).
- Not entries: the Topics and Papers navigation links, headings, the contact line.
- Ids from the item's own line: arXiv abs/pdf links (also in ``[Website](https://arxiv.org/abs/...)``), Science Robotics
  DOIs 105/106, none from project pages, GitHub or OpenReview.
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "YanjieZe__Paper-List__README@e0e815a.md"
PART = "wild47_development"

NEW = re.compile(r"^- \[(?P<venue>[^\]]+)\]\((?P<url>[^)\s]*)\), (?P<title>.+)$")
OLD = re.compile(r"^- (?:(?P<venue>[^*,][^,]*), )?(?P<rest>\*\*.*|[^*].*)$")
LINK = re.compile(r",?\s*/?\[[^\]]*\]\(")
NOT_PAPERS = {38: "EgoSuite-Open100K", 39: "Gen-1.5", 62: "Towards Machines with a Thousand Hands",
              63: "Introducing FLUX-mimic: Scaling Video-Action Models for General Purpose Dexterity",
              64: "COSA 0.5", 80: "Awesome UMI"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# A Paper List of [Yanjie Ze](https://yanjieze.com/)"
    assert lines[33] == "# Recent Random Papers" and lines[633] == "# Contact", (lines[33], lines[633])
    papers = []
    shapes = {"new": 0, "old": 0}
    for n in range(35, 632):
        ln = lines[n - 1]
        assert ln.startswith("- "), (n, ln)
        m = NEW.match(ln)
        if m:
            title = m.group("title")
            assert "](" not in title, (n, ln)
            shape = "new"
        else:
            m = OLD.match(ln)
            assert m, (n, ln)
            rest = m.group("rest")
            k = LINK.search(rest)
            title = rest[: k.start()] if k else rest
            shape = "old"
        if n in NOT_PAPERS:
            assert title == NOT_PAPERS[n], (n, title)
            continue
        assert title.strip() and "[" not in title and "](" not in title, (n, title)
        papers.append(entry(lines, n, n, title))
        shapes[shape] += 1
    t = {p["line"]: p for p in papers}
    assert t[35]["title"].startswith("UniDex: A Robot Foundation Suite") and t[35]["arxiv"] == "2603.22264", t[35]
    assert t[65]["title"] == "Claude plays robotics", t[65]
    assert t[105]["doi"] == "10.1126/scirobotics.ads6192", t[105]
    assert t[144]["title"] == "Cosmos: World Foundation Model Platform for Physical AI", t[144]
    assert t[157]["title"] == "Reinforcement Learning from Wild Animal Videos", t[157]
    assert t[174]["title"] == "From Imitation to Refinement -- Residual RL for Precise Assembly", t[174]
    assert t[228]["title"] == "From Imitation to Refinement: Residual RL for Precise Visual Assembly", t[228]
    assert (t[312]["title"], t[312]["arxiv"]) == ("S2: When Do We Not Need Larger Vision Models?", "2403.13043")
    assert t[355]["arxiv"] == "2402.17113", t[355]
    assert t[544]["title"] == ("RPDiff: Shelving, Stacking, Hanging: Relational Pose Diffusion for Multi-modal"
                               " Rearrangement"), t[544]
    assert t[614]["title"] == "Instruct-NeRF2NeRF: Editing 3D Scenes with Instructions", t[614]
    assert (t[627]["title"], t[627]["arxiv"]) == ("F2-NeRF: Fast Neural Radiance Field Training with Free Camera", None)
    assert t[219]["title"] == "Dynamic Pen Spinning Using a High-speed Multifingered Hand with High-speed Tactile Sensor"
    assert shapes == {"new": 62, "old": 529}, shapes
    assert len(papers) == 591, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every bullet of the 'Recent Random Papers' list (35-631, one item per line) that names a research work is an"
        " entry (591 of 597); title = the item's title: in the newer '- [venue](url), Title' items the text after the"
        " link, in the older '- venue, Title, [Link](url) / [Link](url)' items the text between the first comma-space"
        " venue separator and the first Markdown link (titles keep inner commas, bold nicknames and bold phrases lose"
        " only the ** markers); 144/340 have no venue; 219/627 no link.  Not entries: 38 dataset, 39/64 product pages,"
        " 62/63 company blog posts, 80 awesome list, the Topics/Papers navigation links, headings, contact.  Repeats kept.",
        "Read the header (1-34), all 68 new-format items (35-106, 62 kept) and the old-format items by eye in the"
        " -v output; checked the venue field of every old item is a venue (tallied: arXiv Y, CVPR Y submission, ...,"
        " 'code', 'Humanoid 2006'), titles with commas (187, 544), '?' before the link (312, 327, 347), ',[Website]'"
        " 228, '/[Website]' 389, no link 219/627, no venue 144/340, repeats 46/89, 130/270, 470/483, 174/228; ids: arXiv links,"
        " Science Robotics DOIs 105/106.",
    )


if __name__ == "__main__":
    main()
