#!/usr/bin/env python3
"""Builds models/holidays.tsv: the Gregorian dates of holidays of other
calendars (Hebrew, Islamic, Hindu and Sikh, Chinese, Buddhist, Parsi) that
news names, for the dates recogniser (src/dates/holidays.rs).

    python3 -m venv /tmp/hv && /tmp/hv/bin/pip install -r tools/requirements-holidays.txt
    /tmp/hv/bin/python tools/build_holidays.py > models/holidays.tsv

One line per occurrence: name, year, month, day and, for a holiday of
several days, their number: `passover<TAB>2018<TAB>3<TAB>30<TAB>9`. The
names are the keys that src/dates/holidays.rs maps its aliases to.

The dates come from the `holidays` package (MIT): its calendar tables,
mostly estimates for the Islamic and Hindu calendars (sighting of the moon
and local custom move a day here or there). Conventions:

- Jewish holidays begin at sunset, and are dated from the evening they begin
  ("Yom Kippur begins at sundown on Sept. 18"); a holiday of several days
  runs from that evening to its last day (Passover 2018: March 30 to April
  7, the eighth day as kept outside Israel).
- Islamic holidays are dated by their day; Ramadan runs from its first day
  to the day before Eid al-Fitr.
- Hindu, Sikh, Chinese and Buddhist holidays: the day of the tables.
"""

import sys
from datetime import date, timedelta

from holidays.calendars.buddhist import _BuddhistLunisolar
from holidays.calendars.chinese import _ChineseLunisolar
from holidays.calendars.hebrew import _HebrewLunisolar
from holidays.calendars.hindu import _HinduLunisolar
from holidays.calendars.islamic import _IslamicLunar

FIRST, LAST = 1950, 2100

HEBREW = _HebrewLunisolar()
ISLAMIC = _IslamicLunar()
HINDU = _HinduLunisolar()
CHINESE = _ChineseLunisolar()
BUDDHIST = _BuddhistLunisolar()

rows = []


def add(name, day, days=1):
    if day is not None and FIRST <= day.year <= LAST:
        rows.append((name, day, days))


def one(value):
    """A calendar answer: a date, (date, estimated), or None."""
    if isinstance(value, tuple):
        return value[0]
    return value


def islamic(method, year):
    """The occurrences of an Islamic holiday that fall in `year`."""
    return [d for d, _ in method(year) if d.year == year]


def hebrew_leap(hebrew_year):
    return (7 * hebrew_year + 1) % 19 < 7


for year in range(FIRST, LAST + 1):
    # Hebrew calendar: dates of the day; each holiday is dated from its eve.
    rosh = one(HEBREW.rosh_hashanah_date(year))
    if rosh:
        eve = rosh - timedelta(days=1)
        add("rosh_hashanah", eve, 3)
        add("yom_kippur", rosh + timedelta(days=8))
    sukkot = one(HEBREW.sukkot_date(year))
    if sukkot:
        add("sukkot", sukkot - timedelta(days=1), 8)
        add("shemini_atzeret", sukkot + timedelta(days=6))
        add("simchat_torah", sukkot + timedelta(days=7))
    for first in sorted(d for d in HEBREW.hanukkah_date(year) if d.year == year):
        add("hanukkah", first - timedelta(days=1), 9)
    passover = one(HEBREW.passover_date(year))
    if passover:
        add("passover", passover - timedelta(days=1), 9)
        # Yom HaShoah: 27 Nisan, moved off Friday (to Thursday) and Sunday (to Monday).
        shoah = passover + timedelta(days=12)
        if shoah.weekday() == 4:
            shoah -= timedelta(days=1)
        elif shoah.weekday() == 6:
            shoah += timedelta(days=1)
        add("yom_hashoah", shoah - timedelta(days=1))
    purim = one(HEBREW.purim_date(year))
    if purim:
        add("purim", purim - timedelta(days=1))
        add("shushan_purim", purim)
        # Tu BiShvat: 15 Shevat, 29 days before Purim (14 Adar), 30 more in a leap year (Adar I).
        tu = purim - timedelta(days=29 + (30 if hebrew_leap(year + 3760) else 0))
        add("tu_bishvat", tu - timedelta(days=1))
    for name, method in [
        ("shavuot", HEBREW.shavuot_date),
        ("lag_baomer", HEBREW.lag_baomer_date),
    ]:
        day = one(method(year))
        if day:
            add(name, day - timedelta(days=1), 3 if name == "shavuot" else 1)
    # Tisha B'Av: 9 Av, the fast put off to Sunday when it falls on a Saturday.
    day = one(HEBREW.tisha_bav_date(year))
    if day:
        add("tisha_bav", day - timedelta(days=1) + timedelta(days=1 if day.weekday() == 5 else 0))
    # Yom Ha'atzmaut: 5 Iyar, brought forward to Thursday from Friday or
    # Saturday, put off to Tuesday from Monday (since 2004).
    day = one(HEBREW.israel_independence_date(year))
    if day:
        shift = {4: -1, 5: -2}.get(day.weekday(), 1 if day.weekday() == 0 and year >= 2004 else 0)
        add("yom_haatzmaut", day + timedelta(days=shift - 1))

    # Islamic calendar (a year may hold two occurrences).
    for name, method in [
        ("eid_al_fitr", ISLAMIC.eid_al_fitr_dates),
        ("eid_al_adha", ISLAMIC.eid_al_adha_dates),
        ("islamic_new_year", ISLAMIC.hijri_new_year_dates),
        ("ashura", ISLAMIC.ashura_dates),
        ("mawlid", ISLAMIC.mawlid_dates),
        ("laylat_al_qadr", ISLAMIC.laylat_al_qadr_dates),
        ("isra_miraj", ISLAMIC.isra_and_miraj_dates),
        ("jumuatul_wida", ISLAMIC.jumuatul_wida_dates),
    ]:
        for day in islamic(method, year):
            add(name, day)
    for start in islamic(ISLAMIC.ramadan_beginning_dates, year):
        ends = [d for y in (year, year + 1) for d in islamic(ISLAMIC.eid_al_fitr_dates, y) if d > start]
        if ends:
            add("ramadan", start, (min(ends) - start).days)

    # Chinese and Buddhist calendars.
    add("chinese_new_year", one(CHINESE.lunar_new_year_date(year)))
    add("vesak", one(BUDDHIST.vesak_date(year)))

    # Hindu and Sikh calendars (the tables cover fewer years).
    diwali = one(HINDU.diwali_india_date(year)) or one(HINDU.diwali_date(year))
    if diwali:
        add("dhanteras", diwali - timedelta(days=2))
        add("naraka_chaturdashi", diwali - timedelta(days=1))
        add("diwali", diwali)
        add("bhai_dooj", diwali + timedelta(days=2))
    holi = one(HINDU.holi_date(year))
    if holi:
        add("holika_dahan", holi - timedelta(days=1))
        add("holi", holi)
    ashtami = one(HINDU.maha_ashtami_date(year))
    if ashtami:
        add("maha_saptami", ashtami - timedelta(days=1))
    navratri = one(HINDU.sharad_navratri_date(year))
    dussehra = one(HINDU.dussehra_date(year))
    if navratri and dussehra and dussehra > navratri:
        # The nine nights end the day before Dussehra (Vijayadashami, the tenth day).
        add("navaratri", navratri, (dussehra - navratri).days)
    pongal = one(HINDU.pongal_date(year))
    if pongal:
        add("bhogi", pongal - timedelta(days=1))
        add("pongal", pongal)
        add("mattu_pongal", pongal + timedelta(days=1))
        add("kaanum_pongal", pongal + timedelta(days=2))
    for name, method in [
        ("chhath", HINDU.chhath_puja_date),
        ("dussehra", HINDU.dussehra_date),
        ("karva_chauth", HINDU.karwa_chauth_date),
        ("rath_yatra", HINDU.rath_yatra_date),
        ("raksha_bandhan", HINDU.raksha_bandhan_date),
        ("mahavir_jayanti", HINDU.mahavir_jayanti_date),
        ("maha_shivaratri", HINDU.maha_shivaratri_date),
        ("dayananda_saraswati_jayanti", HINDU.swami_dayanand_saraswati_jayanti_date),
        ("makar_sankranti", HINDU.makar_sankranti_date),
        ("vaisakhi", HINDU.vaisakhi_date),
        ("onam", HINDU.onam_date),
        ("vasant_panchami", HINDU.basant_panchami_date),
        ("janmashtami", HINDU.janmashtami_date),
        ("guru_gobind_singh_jayanti", HINDU.guru_gobind_singh_jayanti_date),
        ("guru_nanak_jayanti", HINDU.guru_nanak_jayanti_date),
        ("guru_ravidas_jayanti", HINDU.guru_ravidas_jayanti_date),
        ("valmiki_jayanti", HINDU.maharshi_valmiki_jayanti_date),
        ("ganesh_chaturthi", HINDU.ganesh_chaturthi_date),
        ("ram_navami", HINDU.ram_navami_date),
        ("ugadi", HINDU.gudi_padwa_date),
        ("hanuman_jayanti", HINDU.hanuman_jayanti_date),
        ("buddha_purnima", HINDU.buddha_purnima_date),
    ]:
        value = method(year)
        if isinstance(value, tuple) or value is None:
            add(name, one(value))
        else:
            for day in sorted(one(v) for v in value):
                if day.year == year:
                    add(name, day)

    # Rabindra Jayanti (Tagore's birthday): May 9, May 8 in leap years, as the package keeps it.
    add("rabindra_jayanti", date(year, 5, 8 if year % 4 == 0 and (year % 100 or year % 400 == 0) else 9))

    # Parsi New Year (Shahenshahi): a 365-day year, August 28 in 1972.
    add("parsi_new_year", date(year, 8, 28) - timedelta(days=(year - 1972) // 4))

out = sys.stdout
out.write("# Generated by tools/build_holidays.py from the holidays package (MIT); see models/ATTRIBUTION.md.\n")
for name, day, days in sorted(set(rows), key=lambda r: (r[0], r[1])):
    extra = f"\t{days}" if days > 1 else ""
    out.write(f"{name}\t{day.year}\t{day.month}\t{day.day}{extra}\n")
