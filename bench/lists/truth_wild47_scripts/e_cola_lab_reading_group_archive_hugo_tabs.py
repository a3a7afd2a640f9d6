"""Wild47 truth for COLA-Laboratory/cola_www_src content/docs/events/archive/archive_reading.md: the archive page of
the COLA lab's (Ke Li, Exeter) reading group, a Hugo "book"-theme page, sessions from Nov 2020 to Oct 2022; newest
commit (0dd7809, 2023-04-17).  (The live page ``content/docs/events/readinggroup.md`` holds only the 2023 months and
placeholders; this archive is the list.)

Shape: 120 lines, 6.6 KB.  Front matter (1-5), ``# Archive of Reading Group`` (7), then three ``## Agenda (Year
YYYY)`` sections (9 2022, 23 2021, 93 2020), each wrapping Hugo shortcodes ``{{< tabs "uniqueid" >}}`` /
``{{< tab "Month" >}}`` ... ``{{< /tab >}}`` / ``{{< /tabs >}}`` around ``- `` bullets, one per session.  Two bullet
styles:
- 2021-2022 (15-87): three lines -- ``- Title<br>``, a venue line in ``_..._`` or ``*...*`` with volume and pages
  (``*Comput. Optim. Appl.*, 77: 571--595, 2020<br>``), then one long line of Font Awesome icons
  ``<i class='fa fa-download' ...></i> [`paper`](url) | <i class='fa fa-file-powerpoint-o' ...></i> `slides` |
  <i class='fa fa-bullhorn' ...></i> Presenter | <i class='fa fa-calendar' ...></i> Date``.
- 2020 (99-116): two lines -- ``- Title, _Venue_. `Presenter` `Date`<br>`` then ``[[paper](url)] [slides]``.

Special cases:
- Not entries (topic talks with no paper: no venue line, no paper link): 62-63 ``Machine Learning Approaches in
  Programming Language Type Inference`` and 99-100 ``Surrogate Assisted Evolutionary Algorithms``.
- 38-40 ``Discrete Fourier Transform and Random Fourier Features`` reads ``*Data-Driven Science and Engineering*,
  Chapter 2: 47--83, 2019``: a book chapter, kept, titled as the bullet writes it (no paper link).
- 105 ``Optimization, Fast and Slow: Optimally Switching Between Local and Bayesian Optimization, _ICML 2018_.``: the
  title holds a comma; it ends before ``, _Venue_.``.
- Typos kept: ``OOD-MAML: Meta-Learning for Few-ShotOut-of-Distribution Detection and Classification`` (77);
  venue typos ``AISTAS`` are not title text.
- The paper link is labelled ``[`paper`]`` in backticks (2021-22) or ``[[paper](url)]`` (2020); slides are
  plain text or a GitHub link.

Decisions:
- Entry = a session bullet naming a paper or chapter (15): lines from the ``- `` bullet to the icon/link line that
  closes it (3 lines in 2021-22, 2 in 2020); title = the bullet's first line without ``<br>`` and, in the 2020
  style, without the trailing ``, _Venue_. `Presenter` `Date```.
- Ids from the entry's lines: DOIs from the ACM ``/doi/fullHtml/`` (29-31), Springer ``/article/10.1007`` and
  ``10.1023`` (46-48, 58-60) and INFORMS ``/doi/`` (81-83) links; no arXiv ids (OpenReview, PMLR, NeurIPS, IEEE
  Xplore, now publishers and CVF links carry none).
"""
import re

from _wild47 import entry, read_lines, write_truth

NAME = "COLA-Laboratory__cola_www_src__content__docs__events__archive__archive_reading@0dd7809.md"
PART = "wild47_development"

BULLET = re.compile(r"^- (?P<text>.+?)(?:<br>)?$")
OLD_STYLE = re.compile(r"^(?P<title>.+?), _[^_]+_\. `[^`]+` `[^`]+`$")
TOPIC = {62, 99}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[6] == "# Archive of Reading Group"
    papers = []
    for n, ln in enumerate(lines, 1):
        m = BULLET.match(ln)
        if not m:
            continue
        last = n
        while last < len(lines) and lines[last].strip() and not lines[last].startswith(("- ", "{{<")):
            last += 1
        if n in TOPIC:
            continue
        title = m.group("text")
        old = OLD_STYLE.match(title)
        if old:
            title = old.group("title")
        assert "`" not in title and "_" not in title, (n, title)
        papers.append(entry(lines, n, last, title))
    t = {p["line"]: p for p in papers}
    assert (t[15]["title"], t[15]["end"]) == ("Optimizing Millions of Hyperparameters by Implicit Differentiation", 17)
    assert t[29]["doi"] == "10.1145/3308558.3313577", t[29]
    assert (t[38]["title"], t[38]["end"]) == ("Discrete Fourier Transform and Random Fourier Features", 40), t[38]
    assert t[58]["doi"] == "10.1023/a:1017536311488", t[58]
    assert t[77]["title"].startswith("OOD-MAML: Meta-Learning for Few-ShotOut-of-Distribution"), t[77]
    assert t[81]["doi"] == "10.1287/ijoc.2019.0920", t[81]
    assert (t[102]["title"], t[102]["end"]) == ("RoboGrammar: Graph Grammar for Terrain-Optimized Robot Design", 103)
    assert t[105]["title"] == (
        "Optimization, Fast and Slow: Optimally Switching Between Local and Bayesian Optimization"), t[105]
    assert 62 not in t and 99 not in t
    assert len(papers) == 15, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each session bullet inside the Hugo tab shortcodes that names a paper or chapter is an entry (15), spanning"
        " from the '- ' line to its icon/link line (3 lines for 2021-22, 2 for 2020); title = the bullet's first line"
        " without '<br>' and, in the 2020 style, without ', _Venue_. `Presenter` `Date`'.  The two topic talks with"
        " no venue and no paper link (62, 99) are not entries; the Data-Driven Science and Engineering chapter (38)"
        " is kept.",
        "Read all 120 lines; compared -v for all 17 bullets: 15 entries with spans 3/2 lines, the two topic talks left"
        " out, the comma inside 105's title kept, the typo 'Few-ShotOut-of-Distribution' (77) kept, venue lines"
        " not in titles; DOIs from ACM (29), Springer (46, 58), INFORMS (81), none elsewhere, no arXiv ids.",
    )


if __name__ == "__main__":
    main()
