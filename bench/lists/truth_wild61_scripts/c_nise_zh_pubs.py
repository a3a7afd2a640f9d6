"""Wild61 truth for nise-open/nise-open.github.io zh/publications.md at 2c72191 (2025-03-26): the Chinese-side
publication page (``# 发表``) of a university lab's VitePress site (an IoT / low-power systems group, PI Li Lu,
UESTC).  The file was deleted in the next commit (2038dcb, renamed to zh/publication.md and reshaped into a
list), so the last version that has it, the one that added it, is taken.

Shape: 257 lines.  ``# 发表`` (1), then one heading per paper, newest first, each followed by three lines::

    ## Title
    Author A, Author B, ...   (or ``A; B; C`` separated by semicolons)
    *Venue,Year.*
    [DOI:10.xxx/yyy](https://publisher.link/...)

Blocks are separated by a blank line from 27 on (3-26 have none).  Lines 252-257 are empty.

Special cases:
- 198 uses ``###`` instead of ``##`` (``### R3: Reliable Over-the-Air Reprogramming on Computational RFIDs``);
  still a paper.
- Most headings carry two trailing spaces (a Markdown line break); 248 one trailing space.
- Two Chinese papers: 158 ``无源系统轻量级动态程序运行环境`` and 248 ``无线传感器网络中虫洞攻击实时被动式探测``.
- The DOI line is ``[DOI:<doi>](<link>)``; the link is usually the publisher page (dl.acm.org/doi/... repeats
  the DOI, ieeexplore/mdpi/sciencedirect links do not).  71, 131, 161 have an empty ``[DOI:]`` (USENIX / pubscholar
  links); 22 shows DOI 10.1145/3644116.3644140 but links to an IOP paper 10.1088/1742-6596/2666/1/012026 (the
  DOI of 38-41); DOIs are written upper-case in places (``10.1016/J.COMNET.2024.110676``).
- 173 and 178 are the same paper (same DOI 10.1109/JIOT.2018.2854374), 178 with the ``Sentinel:`` prefix; both
  are entries.
- 144's first author is misspelt ``hengyu Li``; venue lines mix ``,`` and ``，``.

Decisions:
- Entry = every ``##``/``###`` heading (51), spanning the heading to its ``[DOI:...]`` line.
- Title = the heading text, stripped.  DOIs come from the helper (whichever it takes on 22 is not asserted).
"""
from _wild61 import entry, read_lines, write_truth

NAME = "nise-open__nise-open.github.io__zh__publications@2c72191.md"
PART = "wild61_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for n, ln in enumerate(lines, 1):
        if not ln.startswith(("## ", "### ")):
            continue
        last = n + 1
        while not lines[last - 1].startswith("[DOI:"):
            last += 1
        assert last == n + 3, n
        papers.append(entry(lines, n, last, ln.lstrip("#").strip()))
    by = {p["line"]: p for p in papers}
    assert len(papers) == 51, len(papers)
    assert min(by) == 3 and max(by) == 248, (min(by), max(by))
    assert by[3]["title"] == "Sisyphus: Redefining Low Power for LoRa Receiver", by[3]
    assert by[3]["doi"] == "10.1145/3636534.3690686" and by[3]["end"] == 6, by[3]
    assert by[11]["title"].startswith("Spatio-temporal graph learning: Traffic flow prediction"), by[11]
    assert by[11]["doi"] == "10.1016/j.comnet.2024.110676", by[11]
    assert by[68]["title"].startswith("μMote: Enabling Passive Chirp De-spreading"), by[68]
    assert by[68]["doi"] is None and by[128]["doi"] is None and by[158]["doi"] is None
    assert by[158]["title"] == "无源系统轻量级动态程序运行环境", by[158]
    assert by[198]["title"] == "R3: Reliable Over-the-Air Reprogramming on Computational RFIDs", by[198]
    assert by[173]["doi"] == by[178]["doi"] == "10.1109/jiot.2018.2854374", (by[173], by[178])
    assert by[248]["title"] == "无线传感器网络中虫洞攻击实时被动式探测", by[248]
    assert by[248]["doi"] == "10.13328/j.cnki.jos.004938", by[248]
    assert 1 not in by
    write_truth(
        NAME,
        PART,
        papers,
        method="Every '##' heading (and the one '###' heading, 198) after '# 发表' is one entry (51), spanning"
        " the heading, the author line, the italic venue line and the '[DOI:...](link)' line.  Title = the"
        " heading text, stripped of '#' and trailing spaces.",
        checked="Read the whole file; compared the -v output with all 51 headings: the '###' heading (198),"
        " the two Chinese titles (158, 248), the duplicate paper 173/178, empty '[DOI:]' lines (71, 131, 161)"
        " and upper-case DOIs.",
    )


if __name__ == "__main__":
    main()
