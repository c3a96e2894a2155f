"""The answer engine on a store 100x the real one: generate, build, benchmark.

    python bench/synthetic.py                       # 100x, into a temp folder, then bench
    python bench/synthetic.py --scale 10 --repeat 5
    python bench/synthetic.py --out /tmp/synth --keep --json

The synthetic data folder is the real data/ plus generated rows, so that the real
questions (../shared/eval/dev.jsonl) still find their answers among (scale - 1) times as
many generated people and flights, and as many crew and expedition rows as those imply.
It passes the same validator as data/ (bot/store/validate.py):

- unique slug ids, and names/aliases that fold to a key no other row of the table has
  (checked against the real rows too);
- times in the past, landing after undocking after docking after launch;
- every person's trips (up ... down) in time order and never overlapping: a person is
  only picked for a flight once back from the previous one (plus a rest); someone who
  goes `up` on one vehicle comes `down` on a later vehicle to the same station, the way
  ISS crews swap vehicles;
- expeditions from the docking to the undocking of a generated flight, with its launch
  crew as members (first one commander).

Then it builds the folder (in a child process), and runs `answer_speed.run_answer_bench`
with the dev questions plus questions about generated people, flights and expeditions
(some with typos). Targets at 100x: Engine.open <= 1.5 s, peak RSS <= 250 MB, p99 <= 10 ms.
"""

from __future__ import annotations

import argparse
import csv
import heapq
import json
import multiprocessing
import random
import shutil
import sys
import tempfile
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import answer_speed  # noqa: E402 (bench/ is not a package)

from bot.store.load import read_tables  # noqa: E402
from bot.store.names import fold, split_list  # noqa: E402
from bot.store.schema import TABLES  # noqa: E402
from bot.store.validate import AMBIGUOUS_MARK  # noqa: E402

SOURCE = "https://example.org/spacebot-synthetic"
LAST_LAUNCH = datetime(2024, 6, 30, tzinfo=UTC)
TARGETS_SYNTHETIC = {"startup_ms_median": 1500.0, "p99_ms": 10.0, "peak_rss_mb": 250.0}

# (Latin, Cyrillic) syllables: Russian-style names get a matching native_name.
_SYL = [
    ("ka", "ка"), ("ra", "ра"), ("to", "то"), ("vin", "вин"), ("mar", "мар"), ("lo", "ло"),
    ("sen", "сен"), ("da", "да"), ("ri", "ри"), ("ber", "бер"), ("go", "го"), ("li", "ли"),
    ("mi", "ми"), ("ta", "та"), ("zu", "зу"), ("pe", "пе"), ("sha", "ша"), ("ko", "ко"),
    ("vel", "вел"), ("dru", "дру"), ("fi", "фи"), ("ne", "не"), ("bo", "бо"), ("stu", "сту"),
    ("gar", "гар"), ("hel", "хел"), ("yan", "ян"), ("dor", "дор"), ("lis", "лис"), ("tem", "тем"),
]  # fmt: skip
_END_RU = [("ov", "ов"), ("in", "ин"), ("enko", "енко"), ("ev", "ев")]
_END_WORLD = ["", "son", "er", "ley", "ford", "ton", "man", "etti", "ez"]
_GIVEN_RU = [
    ("Ivan", "Иван"), ("Oleg", "Олег"), ("Pavel", "Павел"), ("Yuri", "Юрий"),
    ("Sergey", "Сергей"), ("Anna", "Анна"), ("Elena", "Елена"), ("Dmitri", "Дмитрий"),
    ("Nikolai", "Николай"), ("Olga", "Ольга"), ("Boris", "Борис"), ("Maxim", "Максим"),
]  # fmt: skip
_GIVEN_WORLD = [
    "James", "Mary", "Robert", "Linda", "Michael", "Susan", "David", "Karen", "Thomas",
    "Nancy", "Daniel", "Laura", "Mark", "Emma", "Lucas", "Sofia", "Pierre", "Claudie",
    "Hans", "Ulrike", "Marco", "Giulia", "Akira", "Naoko", "Chris", "Jessica", "Andre",
]  # fmt: skip
_WORLD_NATIONS = [
    ("United States", "NASA"), ("United States", "NASA"), ("United States", "NASA"),
    ("Canada", "CSA"), ("France", "ESA"), ("Germany", "ESA"), ("Italy", "ESA"),
    ("United Kingdom", "ESA"), ("Spain", "ESA"), ("Sweden", "ESA"), ("Brazil", "ESA"),
]  # fmt: skip
_CN_FAMILY = [
    ("Zhang", "张"), ("Wang", "王"), ("Li", "李"), ("Liu", "刘"), ("Chen", "陈"),
    ("Yang", "杨"), ("Zhao", "赵"), ("Huang", "黄"), ("Zhou", "周"), ("Wu", "吴"),
    ("Xu", "徐"), ("Sun", "孙"), ("Hu", "胡"), ("Zhu", "朱"), ("Gao", "高"),
    ("Lin", "林"), ("He", "何"), ("Guo", "郭"), ("Ma", "马"), ("Luo", "罗"),
]  # fmt: skip
_CN_GIVEN = [
    ("hai", "海"), ("sheng", "胜"), ("jun", "军"), ("ming", "明"), ("wei", "伟"),
    ("fang", "芳"), ("lei", "磊"), ("yu", "宇"), ("hong", "红"), ("peng", "鹏"),
    ("tao", "涛"), ("jie", "杰"), ("xin", "新"), ("long", "龙"), ("bo", "波"), ("hua", "华"),
]  # fmt: skip

# per program: name pattern, id pattern, launch site, pad, tz, landing site, tz, kind,
# (min, max) days in flight
_PROGRAMS = {
    "soyuz": ("Soyuz TMS-{n}", "soyuz-tms-{n}", "Baikonur Cosmodrome", "Site 1/5",
              "Asia/Qyzylorda", "{d} km SE of Zhezkazgan, Kazakhstan", "Asia/Almaty",
              "touchdown", (3, 210)),
    "shuttle": ("STS-{n}", "sts-{n}", "Kennedy Space Center", "LC-39A", "America/New_York",
                "Shuttle Landing Facility, Kennedy Space Center, Florida", "America/New_York",
                "runway", (5, 17)),
    "dragon": ("SpaceX Crew-{n}", "crew-{n}", "Kennedy Space Center", "LC-39A",
               "America/New_York", "Gulf of Mexico off Pensacola, Florida", "America/Chicago",
               "splashdown", (8, 200)),
    "starliner": ("Starliner Flight {n}", "starliner-{n}", "Cape Canaveral Space Force Station",
                  "SLC-41", "America/New_York", "White Sands Space Harbor, New Mexico",
                  "America/Denver", "touchdown", (8, 90)),
    "shenzhou": ("Shenzhou {n}", "shenzhou-{n}", "Jiuquan Satellite Launch Center", "LA-4/SLS-1",
                 "Asia/Shanghai", "Dongfeng landing site, Inner Mongolia", "Asia/Shanghai",
                 "touchdown", (3, 190)),
    "apollo": ("Skylab {n}", "skylab-{n}", "Kennedy Space Center", "LC-39B", "America/New_York",
               "Pacific Ocean off San Diego, California", "America/Los_Angeles", "splashdown",
               (28, 84)),
}  # fmt: skip
_ROLES = {
    "shuttle": ["commander", "pilot"] + ["mission specialist"] * 6,
    "apollo": ["commander", "science pilot", "pilot"],
}


def _iso(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%MZ")


def _parse(text: str) -> datetime | None:
    if not text:
        return None
    text = text.rstrip("Z")
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


class _Names:
    """Unique person names (folded), never clashing with the real data's names/aliases."""

    def __init__(self, rng: random.Random, taken: set[str]):
        self.rng = rng
        self.taken = taken

    def _claim(self, *names: str) -> bool:
        keys = [fold(n) for n in names]
        if any(k in self.taken for k in keys) or len(set(keys)) < len(keys):
            return False
        self.taken.update(keys)
        return True

    def russian(self) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            parts = rng.sample(_SYL, rng.choice((2, 2, 3)))
            end = rng.choice(_END_RU)
            given = rng.choice(_GIVEN_RU)
            lat = "".join(p[0] for p in parts) + end[0]
            cyr = "".join(p[1] for p in parts) + end[1]
            name = f"{given[0]} {lat.capitalize()}"
            alias = f"{given[0]} {rng.choice(_GIVEN_RU)[0]}ovich {lat.capitalize()}"
            if self._claim(name, alias):
                return name, f"{given[1]} {cyr.capitalize()}", alias

    def world(self) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            parts = rng.sample(_SYL, rng.choice((2, 2, 3)))
            lat = "".join(p[0] for p in parts) + rng.choice(_END_WORLD)
            given = rng.choice(_GIVEN_WORLD)
            name = f"{given} {lat.capitalize()}"
            alias = f"{given} {rng.choice('ABCDEFGHJKLMNPRSTW')}. {lat.capitalize()}"
            if self._claim(name, alias):
                return name, "", alias

    def chinese(self) -> tuple[str, str, str]:
        rng = self.rng
        while True:
            fam = rng.choice(_CN_FAMILY)
            given = [rng.choice(_CN_GIVEN) for _ in range(rng.choice((1, 2, 2)))]
            g_lat = "".join(g[0] for g in given).capitalize()
            name = f"{fam[0]} {g_lat}"
            if self._claim(name):
                return name, fam[1] + "".join(g[1] for g in given), ""


def generate(data_dir: Path, out: Path, scale: int = 100, seed: int = 1) -> dict:
    """Write `out` = data_dir plus (scale - 1) x its people and flights, generated.

    Returns the counts of generated rows and a list of questions about them."""
    rng = random.Random(seed)
    tables, problems = read_tables(data_dir)
    if problems:
        raise SystemExit(f"{data_dir} does not read cleanly: {problems[0]}")
    if out.exists():
        shutil.rmtree(out)
    shutil.copytree(data_dir, out)

    factor = scale - 1
    n_flights = factor * len(tables["flights"])
    n_people = factor * len(tables["people"])

    # names already used by real people (and slugs by real ids), so none is reused
    taken = set()
    for row in tables["people"]:
        for n in [row["name"], *split_list(row["aliases"])]:
            taken.add(fold(n.removeprefix(AMBIGUOUS_MARK)))
    names = _Names(rng, taken)
    person_ids = {r["id"] for r in tables["people"]}

    # the real mix: which stations get flights, on which programs, with how many aboard
    stations = {r["id"]: r for r in tables["stations"]}
    per_station = Counter(r["station"] for r in tables["flights"])
    programs: dict[str, Counter] = defaultdict(Counter)
    for r in tables["flights"]:
        programs[r["station"]][r["program"]] += 1
    crew_size: dict[str, list[int]] = defaultdict(list)
    up_count = Counter(r["flight"] for r in tables["crew"] if r["direction"] in ("up", "both"))
    for r in tables["flights"]:
        if up_count[r["id"]]:
            crew_size[r["program"]].append(up_count[r["id"]])
    lifetime = {}
    for sid, row in stations.items():
        start = _parse(row["launch_utc"]) or datetime(1971, 4, 19, tzinfo=UTC)
        end = min(_parse(row["end_utc"]) or LAST_LAUNCH, LAST_LAUNCH)
        lifetime[sid] = (start + timedelta(days=2), end - timedelta(days=20))

    # 1. the flights: a station, a program and a launch time each, in time order
    station_ids = [s for s in per_station if s in lifetime and lifetime[s][1] > lifetime[s][0]]
    weights = [per_station[s] for s in station_ids]
    plan = []
    for _ in range(n_flights):
        sid = rng.choices(station_ids, weights)[0]
        progs = programs[sid]
        program = rng.choices(list(progs), list(progs.values()))[0]
        a, b = lifetime[sid]
        launch = a + (b - a) * rng.random()
        plan.append((launch.replace(second=0, microsecond=0), sid, program))
    plan.sort()

    # 2. crew: people are picked only when back from their last trip (plus a rest)
    pools = {"cn": [], "world": []}  # ready to fly
    resting = {"cn": [], "world": []}  # heap of (free from, person id)
    created = {"cn": 0, "world": 0}
    seats_so_far = {"cn": 0, "world": 0}
    people_rows, flight_rows, crew_rows, exp_rows, member_rows = [], [], [], [], []
    waiting: dict[str, list[tuple[str, datetime]]] = defaultdict(list)  # station -> up-only
    up_seat_of: dict[str, dict] = {}
    numbers = Counter()
    exp_numbers = Counter()
    seats_estimate = sum(
        sum(crew_size[p]) / len(crew_size[p]) if crew_size[p] else 3 for _, _, p in plan
    )
    people_ratio = n_people / seats_estimate

    def new_person(group: str, when: datetime) -> str:
        if group == "cn":
            name, native, alias = names.chinese()
            nation, agency = "China", "CMSA"
        elif rng.random() < 0.4:
            name, native, alias = names.russian()
            nation = "Soviet Union|Russia" if when.year < 1992 else "Russia"
            agency = "Soviet space program" if when.year < 1992 else "Roscosmos"
        else:
            name, native, alias = names.world()
            nation, agency = rng.choice(_WORLD_NATIONS)
        pid = base = fold(name).replace(" ", "-")
        k = 2
        while pid in person_ids:
            pid, k = f"{base}-{k}", k + 1
        person_ids.add(pid)
        born = when - timedelta(days=rng.randint(27 * 365, 52 * 365))
        people_rows.append(
            {
                "id": pid, "name": name, "native_name": native, "aliases": alias,
                "nationality": nation, "agency": agency,
                "sex": "female" if rng.random() < 0.15 else "male",
                "birth_date": born.strftime("%Y-%m-%d"), "kind": "career", "firsts": "",
                "source": SOURCE, "notes": "synthetic",
            }
        )  # fmt: skip
        created[group] += 1
        return pid

    def pick(group: str, when: datetime) -> str:
        heap, pool = resting[group], pools[group]
        while heap and heap[0][0] <= when:
            pool.append(heapq.heappop(heap)[1])
        seats_so_far[group] += 1
        if pool and created[group] >= people_ratio * seats_so_far[group]:
            i = rng.randrange(len(pool))
            pool[i], pool[-1] = pool[-1], pool[i]
            return pool.pop()
        return new_person(group, when)

    def rest(group: str, pid: str, back: datetime) -> None:
        heapq.heappush(resting[group], (back + timedelta(days=rng.randint(30, 900)), pid))

    for launch, sid, program in plan:
        name_t, id_t, site, pad, ltz, lsite, ldtz, kind, (dmin, dmax) = _PROGRAMS[program]
        numbers[program] += 1
        n = 1000 + numbers[program]
        fid = id_t.format(n=n)
        days = rng.randint(dmin, dmax)
        landing = launch + timedelta(days=days, minutes=rng.randint(0, 600))
        docking = launch + timedelta(hours=rng.choice((6, 6, 50)))
        undocking = landing - timedelta(hours=3, minutes=20)
        flight_rows.append(
            {
                "id": fid, "name": name_t.format(n=n),
                "aliases": f"ISS-{n}S" if program == "soyuz" else "",
                "program": program, "spacecraft": "", "station": sid,
                "launch_utc": _iso(launch), "launch_site": site, "launch_pad": pad,
                "launch_tz": ltz, "docking_utc": _iso(docking), "undocking_utc": _iso(undocking),
                "docking_port": "", "landing_utc": _iso(landing),
                "landing_site": lsite.format(d=rng.randint(120, 180)), "landing_tz": ldtz,
                "landing_lat": "", "landing_lon": "", "landing_kind": kind, "recovery_ship": "",
                "outcome": "success", "payload": "", "source": SOURCE, "notes": "synthetic",
            }
        )  # fmt: skip
        group = "cn" if program == "shenzhou" else "world"
        size = rng.choice(crew_size[program] or [3])
        roles = _ROLES.get(program, ["commander"] + ["flight engineer"] * 7)
        launched, stayers = [], []
        for i in range(size):
            pid = pick(group, launch)
            # now and then one of them stays on and comes home on a later vehicle
            stays = i > 0 and group == "world" and rng.random() < 0.12
            seat = {"flight": fid, "person": pid, "role": roles[min(i, len(roles) - 1)],
                    "direction": "up" if stays else "both", "source": SOURCE, "notes": ""}  # fmt: skip
            crew_rows.append(seat)
            launched.append(pid)
            if stays:
                stayers.append((pid, launch))
                up_seat_of[pid] = seat
            else:
                rest(group, pid, landing)
        # those who stayed aboard from an earlier vehicle come home on this one
        if group == "world":
            for _ in range(min(2, len(waiting[sid]))):
                pid, _ = waiting[sid].pop(0)
                crew_rows.append({"flight": fid, "person": pid, "role": "flight engineer",
                                  "direction": "down", "source": SOURCE, "notes": ""})  # fmt: skip
                up_seat_of.pop(pid)
                rest(group, pid, landing)
        waiting[sid].extend(stayers)  # they ride home on a later vehicle, not this one
        # about half the flights start an expedition
        if rng.random() < 0.53:
            exp_numbers[sid] += 1
            num = 1000 + exp_numbers[sid]
            label = "Expedition" if sid == "iss" else f"{stations[sid]['name']} EO-"
            ename = f"Expedition {num}" if sid == "iss" else f"{label}{num}"
            eid = f"{sid}-x{num}"
            exp_rows.append({"id": eid, "station": sid, "number": str(num), "name": ename,
                             "start_utc": _iso(docking), "end_utc": _iso(undocking),
                             "source": SOURCE, "notes": "synthetic"})  # fmt: skip
            # and those who stayed on from earlier vehicles
            aboard = [pid for pid, _ in waiting[sid] if pid not in launched][:3]
            for i, pid in enumerate(launched + aboard):
                member_rows.append({"expedition": eid, "person": pid,
                                    "role": "commander" if i == 0 else "flight engineer",
                                    "start_utc": "", "end_utc": "", "source": SOURCE,
                                    "notes": ""})  # fmt: skip
    # anyone still waiting for a ride home when the generated history ends: make it `both`
    for seat in up_seat_of.values():
        seat["direction"] = "both"

    for table, rows in (
        ("people", people_rows),
        ("flights", flight_rows),
        ("crew", crew_rows),
        ("expeditions", exp_rows),
        ("expedition_crew", member_rows),
    ):
        folder = out / table
        folder.mkdir(exist_ok=True)
        with (folder / "zz-synthetic.csv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, TABLES[table].columns, lineterminator="\n")
            w.writeheader()
            w.writerows(rows)

    questions = _questions(rng, people_rows, flight_rows, exp_rows)
    return {
        "generated": {
            "people": len(people_rows),
            "flights": len(flight_rows),
            "crew": len(crew_rows),
            "expeditions": len(exp_rows),
            "expedition_crew": len(member_rows),
        },
        "real": {t: len(tables[t]) for t in TABLES},
        "questions": questions,
    }


def _typo(word: str, rng: random.Random) -> str:
    if len(word) < 6:
        return word
    i = rng.randrange(1, len(word) - 1)
    return word[:i] + word[i + 1 :]


def _questions(rng: random.Random, people, flights, expeditions, n: int = 40) -> list[str]:
    """Questions about generated rows, of the same kinds as the dev set."""
    qs = []
    for _ in range(n // 8):
        f = rng.choice(flights)
        p = rng.choice(people)
        e = rng.choice(expeditions)
        words = p["name"].split()
        surname = words[0] if p["native_name"][:1] >= "\u3400" else words[-1]  # family name
        day = f["launch_utc"][:10]
        qs += [
            f"who flew on {f['name'].lower()}?",
            f"where did {f['name']} land",
            f"how many times has {p['name']} been to space",
            f"what missions has {_typo(surname, rng).lower()} flown?",
            f"who was the commander of {e['name'].lower()}",
            f"who was aboard the {f['station']} on {day}",
            f"how long was {p['name'].lower()} in space altogether",
            f"when did {f['id'].replace('-', ' ')} launch",
        ]
    return qs


def _generate_child(data_dir: str, out: str, scale: int, seed: int, queue) -> None:
    queue.put(generate(Path(data_dir), Path(out), scale, seed))


def generate_in_child(data_dir: Path, out: Path, scale: int, seed: int) -> dict:
    """`generate` in a separate process, so its memory stays out of this one's peak RSS."""
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_generate_child, args=(str(data_dir), str(out), scale, seed, queue))
    proc.start()
    return answer_speed.child_result(proc, queue)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--data", type=Path, default=answer_speed.DATA)
    p.add_argument("--scale", type=int, default=100)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", type=Path, help="where to write the synthetic data (default: temp)")
    p.add_argument("--keep", action="store_true", help="keep the generated folder and db")
    p.add_argument("--repeat", type=int, default=10)
    p.add_argument("--startup-runs", type=int, default=3)
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)

    tmp = Path(tempfile.mkdtemp(prefix="spacebot-synthetic-"))
    out = args.out or tmp / "data"
    try:
        t0 = time.perf_counter()
        gen = generate_in_child(args.data, out, args.scale, args.seed)
        gen_s = time.perf_counter() - t0
        db = tmp / "synthetic.db"
        build_s = answer_speed.build_in_child(out, db)
        dev, source = answer_speed.load_questions()
        questions = dev + gen["questions"]
        result = answer_speed.run_answer_bench(
            db, questions, repeat=args.repeat, startup_runs=args.startup_runs
        )
    finally:
        if not args.keep:
            shutil.rmtree(tmp, ignore_errors=True)
            if args.out:
                shutil.rmtree(args.out, ignore_errors=True)
    result["scale"] = args.scale
    result["generated"] = gen["generated"]
    result["generate_s"] = gen_s
    result["build_s"] = build_s
    result["questions_source"] = f"{source} + {len(gen['questions'])} about generated rows"
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        g = ", ".join(f"{k} {v}" for k, v in gen["generated"].items())
        print(answer_speed.format_result(result, TARGETS_SYNTHETIC,
                                         f"answer speed at {args.scale}x (synthetic)"))  # fmt: skip
        print(f"questions from: {result['questions_source']}")
        print(f"generated in {gen_s:.1f} s: {g}")
        print(f"built in {build_s:.1f} s (child process)")
        if args.keep:
            print(f"kept: {out} and {db}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
