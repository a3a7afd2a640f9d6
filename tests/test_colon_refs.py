"""References in the U.S. Geological Survey's style (zoterodigest.digest.generic.colon_refs): a venue only
where a journal's volume says one is; a report's place is none."""

from __future__ import annotations

from zoterodigest.digest.generic.references import parse_reference


def test_a_usgs_report_names_no_venue_but_a_journal_does() -> None:
    report = ("Barn, Ann, and Tawny, Bob, 1998, Owl pellet counts—Guidelines for barns: Rome, Owl Organization, "
              "Owl Drainage Paper No. 56, 174 p.")
    journal = "Barn, A.B., and Hoot, C.D., 1986, Rational use of the Owl Formula: Journal of Owls, v. 112, no. 2, p. 139–155."
    r, j = parse_reference(report), parse_reference(journal)
    assert r is not None and r.venue is None and report[r.title[0] : r.title[1]] == "Owl pellet counts—Guidelines for barns"
    assert j is not None and j.venue is not None and journal[j.venue[0] : j.venue[1]] == "Journal of Owls"


def test_a_month_beside_the_year_is_a_date_not_a_venue() -> None:
    # APA dates a conference paper "(1992, June)"; a venue written with its year in brackets stays one
    text = "Barn, R., Tawny, G., & Hoot, Y. Y. ({}). A pile metaphor for owl pellets. In Proceedings of CHI (pp. 627-634)."
    for date in ("1992, June", "2020, March 3", "2019, Spring"):
        ref = parse_reference(text.format(date))
        assert ref is not None and ref.venue is None and ref.year == int(date[:4])
    ref = parse_reference(text.format("NeurIPS 1992"))
    assert ref is not None and ref.venue is not None


def test_a_status_in_the_year_s_place_opens_the_title_and_gives_no_year() -> None:
    # a publication page lists work not out yet with its status where APA puts the year: no year is made up
    for status in ("in prep", "in review", "under review", "in revision", "submitted", "In press"):
        text = f"Shams, M, **Owl**, PJ & Cavanagh, P ({status}). Different Effects of Flash-Grab Owls. *Journal of Owl Vision*"
        ref = parse_reference(text)
        assert ref is not None and ref.year is None and text[ref.title[0] : ref.title[1]] == "Different Effects of Flash-Grab Owls"


def test_a_page_s_html_entities_read_as_their_characters_in_the_same_columns() -> None:
    text = "Barn, A, **Owl**, PJ &amp; Tawny, B (2024). Deconstructing the Owl Frame Effect. *Journal of Owl Vision 24*(11), 1-10."
    ref = parse_reference(text)
    assert ref is not None and ref.year == 2024 and ref.authors is not None
    assert text[ref.title[0] : ref.title[1]] == "Deconstructing the Owl Frame Effect"


def test_names_joined_in_another_language_read_as_english_before_the_year_only() -> None:
    from zoterodigest.digest.generic.reference_marks import english_and

    text = "Bryson und Narayanan (2017): Krieg und Frieden"
    assert english_and(text) == "Bryson and Narayanan (2017): Krieg und Frieden"
    assert len(english_and("Ruiz y Barn (2020). Title")) == len("Ruiz y Barn (2020). Title")
    assert english_and("Ruiz y Barn (2020). Title").startswith("Ruiz & Barn")
    assert english_and("Barn et al. (2020). Title") == "Barn et al. (2020). Title"  # ("et al." is no joiner)
    assert english_and("Krieg und Frieden") == "Krieg und Frieden"  # (no year: no reference's names)


def test_plain_text_reads_markdown_escapes_of_colons_but_keeps_tex_spacing() -> None:
    from zoterodigest.digest.markup import plain

    assert plain(r"Imperfect Detection\: Examples") == "Imperfect Detection: Examples"  # (a converter's escape)
    assert plain(r"Who\? Where\@ \$5 and 10\%") == "Who? Where@ $5 and 10%"
    assert plain(r"Evidence from 1\,Hz Data") == r"Evidence from 1\,Hz Data"  # (TeX's thin space, an arXiv title's)
