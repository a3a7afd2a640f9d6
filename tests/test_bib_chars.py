"""Characters in BibTeX values (issue 15, item 1): HTML entities decoded before
escaping; accents on the plain letter (biber decodes them to composed characters);
T1-only letters typeset in T1 locally (they compile in an OT1 document); letters no
encoding has approximated and reported.  The toolchain tests compile all of these."""

from __future__ import annotations

import unicodedata

import pytest

from zoterodigest.bibtex.chars import for_biber, letter_latex
from zoterodigest.bibtex.latex import Dropped, authors_to_bibtex, title_to_latex, to_latex


@pytest.mark.parametrize(("text", "bibtex", "biblatex"), [
    ("O&#39;Neill", "O'Neill", "O'Neill"),
    ("Chih-Wei &#34;Louis&#34; Wang", 'Chih-Wei "Louis" Wang', 'Chih-Wei "Louis" Wang'),
    ("R&amp;D &lt;3", r"R\&D \textless{}3", r"R\&D \textless{}3"),
    ("AT&T", r"AT\&T", r"AT\&T"),
    ("Ferrín", r"Ferr{\'i}n", "Ferrín"),
    ("Dvořák", r"Dvo{\v{r}}{\'a}k", "Dvořák"),
    ("Kępa", r"K{\fontencoding{T1}\selectfont \k{e}}pa", r"K{\fontencoding{T1}\selectfont ę}pa"),
    ("Þór", r"{\fontencoding{T1}\selectfont \TH}{\'o}r", r"{\fontencoding{T1}\selectfont Þ}ór"),
    ("Nguyễn", r"Nguy{\~{\^e}}n", "Nguyên"),
    ("Ħal", "Hal", "Hal"),
])
def test_values_in_each_dialect(text, bibtex, biblatex):
    assert to_latex(text, "bibtex") == bibtex
    assert to_latex(text, "biblatex") == biblatex


def test_no_dotless_i_under_an_accent_anywhere():
    for code in range(0xC0, 0x250):
        latex = letter_latex(chr(code))
        assert latex is None or "\\i}" not in latex.replace("{\\i}", ""), chr(code)


def test_approximations_are_reported_and_entities_never_reach_the_file():
    dropped = Dropped()
    out = authors_to_bibtex(["Seán O&#39;Neill", "Ħal Nguyễn"], True, "biblatex", dropped)
    assert out == "O'Neill, Seán and Nguyên, Hal"
    assert dropped.approximated == {"Ħ", "ễ"} and not dropped.chars


def test_a_title_word_typeset_in_t1_is_braced_so_bibtex_keeps_the_encoding_name():
    title = title_to_latex("the Kępa study", "bibtex")
    assert title == r"the {K{\fontencoding{T1}\selectfont \k{e}}pa} study"


def test_for_biber_keeps_older_letters_and_drops_marks_of_newer_ones():
    assert for_biber("é") == "é" and for_biber("ǎ") == "ǎ"
    for code in range(0x1E00, 0x1F00):
        if unicodedata.normalize("NFKD", chr(code)) != chr(code):  # (ẞ and the like have no base letter)
            assert for_biber(chr(code)) < "\u1e00"
