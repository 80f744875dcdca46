#!/usr/bin/env python3
"""Writes messy Vietnamese lead rows with known duplicate clusters, for measuring `crm dedupe find`.

Columns: cluster_id,first_name,last_name,email1,phone_mobile,phone_work,account_name,lead_source
cluster_id is the ground truth (rows of one cluster are one person); the CRM import ignores it.

Duplicates carry the mutations real lead files show: diacritics dropped, upper case, rotated name
order, the full name in one field, a missing middle name, every common phone format, legacy 11-digit
mobile prefixes (0168... for 038...), Gmail dot/+tag variants, legal-form variants of the company,
a missing email or phone (never both, or nothing could tie the row to its person).
Hard negatives: namesakes (the same common name with another email and phone), colleagues at one
company, and switchboard numbers shared by everyone at a company.

Usage: generate_leads.py --count N --seed S --out FILE.csv      (stdlib only, deterministic)
"""
import argparse
import csv
import random
import unicodedata

SURNAMES = [  # share of the population, in percent (top 14 cover ~90%)
    ("Nguyễn", 38), ("Trần", 11), ("Lê", 9.5), ("Phạm", 7), ("Hoàng", 5), ("Huỳnh", 4), ("Phan", 4),
    ("Vũ", 3.9), ("Võ", 3), ("Đặng", 2.1), ("Bùi", 2), ("Đỗ", 1.4), ("Hồ", 1.3), ("Ngô", 1.3),
    ("Dương", 1), ("Lý", 0.5), ("Đinh", 0.6), ("Trương", 0.6), ("Lâm", 0.4), ("Mai", 0.4),
    ("Cao", 0.3), ("Đoàn", 0.4), ("Lương", 0.3), ("Tạ", 0.2), ("Tôn", 0.1), ("Quách", 0.1),
]
MIDDLE_MALE = [("Văn", 30), ("Hữu", 8), ("Đức", 10), ("Minh", 12), ("Quang", 8), ("Công", 6),
               ("Thanh", 6), ("Anh", 4), ("Xuân", 4), ("Gia", 3), ("Trọng", 4), ("Bá", 2)]
MIDDLE_FEMALE = [("Thị", 40), ("Ngọc", 12), ("Thu", 8), ("Kim", 6), ("Thanh", 6), ("Minh", 5),
                 ("Bảo", 4), ("Phương", 4), ("Hồng", 5), ("Mỹ", 3), ("Diệu", 2)]
GIVEN_MALE = ["Hùng", "Hưng", "Dũng", "Minh", "Tuấn", "Nam", "Long", "Phong", "Quân", "Sơn", "Thắng",
              "Trung", "Hải", "Hiếu", "Huy", "Khoa", "Khôi", "Kiên", "Lâm", "Lộc", "Luân", "Nghĩa",
              "Nhân", "Phúc", "Quang", "Tài", "Thành", "Thịnh", "Toàn", "Trí", "Tú", "Việt", "Vinh",
              "Bảo", "Bình", "Cường", "Đạt", "Đông", "Đức", "Giang", "Hoàng", "Khánh", "Lực", "Mạnh",
              "Nguyên", "Phát", "Quý", "Tâm", "Thái", "Thiện", "Thông", "Tiến", "Tùng", "Vũ", "Duy"]
GIVEN_FEMALE = ["Lan", "Hương", "Hường", "Linh", "Mai", "Ngọc", "Trang", "Thảo", "Hà", "Hằng", "Hạnh",
                "Hoa", "Huyền", "Nga", "Nhung", "Oanh", "Phương", "Quyên", "Tâm", "Thu", "Thủy", "Trinh",
                "Uyên", "Vân", "Yến", "Anh", "Châu", "Diệp", "Dung", "Giang", "Hiền", "Kiều", "Loan",
                "Ly", "My", "Nhi", "Như", "Nguyệt", "Quỳnh", "Tuyết", "Vy", "Xuân", "Ánh", "Bích",
                "Cúc", "Đào", "Hậu", "Khanh", "Liên", "Ngân", "Phượng", "Thoa", "Thư", "Trâm", "Tiên"]
COMPANY_WORDS = ["Sao Mai", "Hòa Phát", "Thành Công", "Minh Long", "Phú Thái", "Đại Việt", "An Phát",
                 "Hưng Thịnh", "Tân Á", "Việt Tiến", "Bình Minh", "Kim Long", "Hoàng Gia", "Thiên Long",
                 "Phương Nam", "Đông Á", "Trường Sơn", "Hồng Hà", "Cửu Long", "Bắc Hà", "Sông Đà",
                 "Nam Việt", "Hải Đăng", "Vạn Xuân", "Tiến Phát", "Lạc Hồng", "Mê Kông", "Quang Trung",
                 "Hùng Vương", "Thái Bình", "Phú Mỹ", "Hà Thành", "Sài Gòn", "Gia Định", "Đồng Tâm"]
COMPANY_TRADES = ["Xây dựng", "Thương mại", "Dịch vụ", "Công nghệ", "Vận tải", "Thực phẩm", "Dược phẩm",
                  "Du lịch", "Điện tử", "May mặc", "Nội thất", "Bất động sản", "Logistics", "Phần mềm"]
MOBILE_PREFIXES = ["090", "093", "089", "070", "079", "077", "076", "078", "091", "094", "088", "083",
                   "084", "085", "081", "082", "086", "096", "097", "098", "032", "033", "034", "035",
                   "036", "037", "038", "039", "056", "058", "059"]
LEGACY = {"032": "0162", "033": "0163", "034": "0164", "035": "0165", "036": "0166", "037": "0167",
          "038": "0168", "039": "0169", "070": "0120", "079": "0121", "077": "0122", "076": "0126",
          "078": "0128", "083": "0123", "084": "0124", "085": "0125", "081": "0127", "082": "0129",
          "056": "0186", "058": "0188", "059": "0199"}
LANDLINE_AREAS = [("024", 8), ("028", 8), ("0236", 7), ("0225", 7), ("0292", 7), ("0251", 7)]
FREE_MAIL = [("gmail.com", 55), ("yahoo.com", 12), ("outlook.com", 6), ("hotmail.com", 4)]
SOURCES = ["Web Site", "Cold Call", "Trade Show", "Email", "Partner", "Word of mouth", "Campaign", "Other"]

_fold_cache = {}


def fold(text):
    """Diacritics dropped and đ→d, as a user typing without a Vietnamese keyboard would write."""
    cached = _fold_cache.get(text)
    if cached is None:
        decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
        cached = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
        _fold_cache[text] = cached
    return cached


def weighted(rng, pairs):
    names = [p[0] for p in pairs]
    cum, total = [], 0.0
    for _, w in pairs:
        total += w
        cum.append(total)
    return lambda: names[_bisect(cum, rng.random() * total)]


def _bisect(cum, x):
    lo, hi = 0, len(cum) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if cum[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


class Generator:
    def __init__(self, count, seed):
        self.rng = random.Random(seed)
        self.count = count
        self.surname = weighted(self.rng, SURNAMES)
        self.middle_m = weighted(self.rng, MIDDLE_MALE)
        self.middle_f = weighted(self.rng, MIDDLE_FEMALE)
        self.free_mail = weighted(self.rng, FREE_MAIL)
        self.used_numbers = set()
        self.used_emails = set()
        self.company_names = set()
        self.companies = [self.new_company(i) for i in range(max(20, count // 12))]

    # --- entities -------------------------------------------------------------------------------
    def new_company(self, i):
        rng = self.rng
        base = rng.choice(COMPANY_WORDS)
        name = f"{rng.choice(COMPANY_TRADES)} {base}" if rng.random() < 0.7 else base
        if i >= len(COMPANY_WORDS):  # many companies: make names distinct with a number or a place
            name = f"{name} {rng.choice(['Miền Bắc', 'Miền Nam', 'Sài Gòn', 'Hà Nội', 'Đà Nẵng', str(i)])}"
        # Vietnamese law (Law on Enterprises 2020, art. 41) refuses a name that differs from a
        # registered one only by its legal form, so two companies never share a proper name.
        while fold(name).lower() in self.company_names:
            name = f"{name} {i}"
        self.company_names.add(fold(name).lower())
        domain = fold(name).lower().replace(" ", "") + rng.choice([".vn", ".com.vn", ".com"])
        form = "tnhh" if rng.random() < 0.6 else "cp"
        # A few companies are large (Zipf-like), so some switchboards are shared by many leads.
        return {"name": name, "form": form, "domain": domain, "switchboard": self.new_landline()}

    def new_mobile(self):
        while True:
            number = self.rng.choice(MOBILE_PREFIXES) + f"{self.rng.randrange(10_000_000):07d}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def new_landline(self):
        while True:
            area, length = self.rng.choice(LANDLINE_AREAS)
            number = area + str(self.rng.randrange(2, 10)) + f"{self.rng.randrange(10 ** (length - 1)):0{length - 1}d}"
            if number not in self.used_numbers:
                self.used_numbers.add(number)
                return number

    def new_email(self, person, company):
        rng = self.rng
        s, m, g = (fold(p).lower() for p in (person["surname"], person["middle"], person["given"]))
        local = rng.choice([f"{g}.{s}", f"{s}{m}{g}", f"{g}{s[0]}{m[0]}", f"{s}.{g}", f"{g}{s}"])
        if rng.random() < 0.6:
            local += str(rng.randrange(1, 2000))
        domain = company["domain"] if company and rng.random() < 0.35 else self.free_mail()
        # Unique after Gmail's own folding (dots ignored), as Gmail itself would insist.
        while (local.replace(".", "") if domain == "gmail.com" else local) + "@" + domain in self.used_emails:
            local = f"{local}{rng.randrange(10000)}"
        self.used_emails.add((local.replace(".", "") if domain == "gmail.com" else local) + "@" + domain)
        return f"{local}@{domain}"

    def new_person(self, name_of=None):
        rng = self.rng
        if name_of:  # a namesake: the same name, nothing else shared
            surname, middle, given, female = name_of["surname"], name_of["middle"], name_of["given"], name_of["female"]
        else:
            female = rng.random() < 0.5
            surname = self.surname()
            middle = self.middle_f() if female else self.middle_m()
            given = rng.choice(GIVEN_FEMALE if female else GIVEN_MALE)
        company = self.pick_company() if rng.random() < 0.75 else None
        person = {"surname": surname, "middle": middle, "given": given, "female": female, "company": company}
        # Most people have both; some only an email or only a mobile; never neither.
        roll = rng.random()
        person["email"] = self.new_email(person, company) if roll < 0.92 else None
        person["mobile"] = self.new_mobile() if roll >= 0.08 else None
        if company and rng.random() < 0.5:
            # Colleagues share the switchboard; some have a direct line instead.
            person["work"] = company["switchboard"] if rng.random() < 0.7 else self.new_landline()
        else:
            person["work"] = None
        person["source"] = rng.choice(SOURCES)
        return person

    def pick_company(self):
        # Large companies first in the list recur more often: colleagues at one company.
        rng = self.rng
        if rng.random() < 0.3:
            return self.companies[int(rng.random() ** 3 * len(self.companies))]
        return rng.choice(self.companies)

    # --- renderings (mutations) -----------------------------------------------------------------
    def render_name(self, p, clean):
        rng = self.rng
        surname, middle, given = p["surname"], p["middle"], p["given"]
        if not clean and rng.random() < 0.07:
            middle = ""  # "Nguyễn Hùng": the middle name left out
        mode = 0 if clean else rng.randrange(6)
        if mode == 0:
            first, last = f"{middle} {given}".strip(), surname
        elif mode == 1:  # rotated, Western order: given first, family last
            first, last = given, f"{surname} {middle}".strip() if rng.random() < 0.5 else f"{middle} {surname}".strip()
        elif mode == 2:  # full name in last_name
            first, last = "", " ".join(x for x in (surname, middle, given) if x)
        elif mode == 3:  # full name in first_name, rotated
            first, last = " ".join(x for x in (given, middle, surname) if x), ""
        elif mode == 4:
            first, last = given, f"{surname} {middle}".strip()
        else:
            first, last = f"{middle} {given}".strip(), surname
        if not clean:
            r = rng.random()
            if r < 0.35:
                first, last = fold(first), fold(last)
            if rng.random() < 0.2:
                first, last = first.upper(), last.upper()
        return first, last

    def render_email(self, email, clean):
        if email is None or clean:
            return email or ""
        rng = self.rng
        local, domain = email.split("@")
        r = rng.random()
        if domain == "gmail.com" and r < 0.3:
            if "." in local and rng.random() < 0.5:
                local = local.replace(".", "")
            else:
                # Gmail refuses consecutive dots, so a dot goes only between two other characters.
                cuts = [c for c in range(1, len(local)) if local[c - 1] != "." and local[c] != "."]
                if cuts:
                    cut = rng.choice(cuts)
                    local = local[:cut] + "." + local[cut:]
            if rng.random() < 0.5:
                local += "+" + rng.choice(["crm", "work", "news", "2024"])
        elif domain == "gmail.com" and r < 0.4:
            domain = "googlemail.com"
        email = f"{local}@{domain}"
        if rng.random() < 0.15:
            email = email.upper() if rng.random() < 0.5 else email.capitalize()
        if rng.random() < 0.1:
            email = f" {email} "
        return email

    def render_phone(self, number, clean):
        if number is None:
            return ""
        rng = self.rng
        if clean:
            return number
        if number[:3] in LEGACY and rng.random() < 0.2:
            number = LEGACY[number[:3]] + number[3:]
            return rng.choice([number, f"{number[:4]} {number[4:7]} {number[7:]}", f"+84 {number[1:]}"])
        national = number[1:]
        area = 3 if number.startswith("02") and len(number) == 11 and number[2] in "48" else (4 if number.startswith("02") else 3)
        head, rest = number[:area], number[area:]
        mode = rng.randrange(6)
        if mode == 0:
            return number
        if mode == 1:
            return f"+84 {head[1:]} {rest[:3]} {rest[3:]}"
        if mode == 2:
            return f"84-{head[1:]}-{rest[:3]}-{rest[3:]}"
        if mode == 3:
            return f"({head}) {rest[:3]} {rest[3:]}"
        if mode == 4:
            return f"{head}.{rest[:3]}.{rest[3:]}"
        return f"+84{national}"

    def render_company(self, company, clean):
        if company is None:
            return ""
        rng = self.rng
        name = company["name"]
        if company["form"] == "tnhh":
            variants = [f"Công ty TNHH {name}", f"CÔNG TY TNHH {name.upper()}", f"{fold(name)} Co., Ltd",
                        f"Cty TNHH {name}", f"{name} Company Limited"]
        else:
            variants = [f"Công ty Cổ phần {name}", f"CTCP {name}", f"{fold(name)} JSC",
                        f"CÔNG TY CỔ PHẦN {name.upper()}", f"Cty CP {name}"]
        return variants[0] if clean else rng.choice(variants)

    def row(self, cluster, p, clean, drop):
        first, last = self.render_name(p, clean)
        email, mobile = p["email"], p["mobile"]
        if drop == "email" and mobile:
            email = None
        elif drop == "phone" and email:
            mobile = None
        company = p["company"] if clean or self.rng.random() < 0.85 else None
        return [cluster, first, last, self.render_email(email, clean), self.render_phone(mobile, clean),
                self.render_phone(p["work"], clean), self.render_company(company, clean), p["source"]]

    # --- clusters -------------------------------------------------------------------------------
    def rows(self):
        rng = self.rng
        written, cluster = 0, 0
        recent = []
        while written < self.count:
            cluster += 1
            if recent and rng.random() < 0.04:
                person = self.new_person(name_of=rng.choice(recent))  # hard negative: a namesake
            else:
                person = self.new_person()
            if len(recent) < 500:
                recent.append(person)
            else:
                recent[rng.randrange(500)] = person
            size = 1 + _bisect([0.58, 0.78, 0.89, 0.96, 1.0], rng.random())
            size = min(size, self.count - written)
            for k in range(size):
                drop = None
                if k > 0 and rng.random() < 0.3:
                    drop = "email" if rng.random() < 0.5 else "phone"
                yield self.row(cluster, person, clean=(k == 0 and rng.random() < 0.5), drop=drop)
            written += size


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    gen = Generator(args.count, args.seed)
    rows = list(gen.rows())
    gen.rng.shuffle(rows)  # duplicates arrive far apart in a real file
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(["cluster_id", "first_name", "last_name", "email1", "phone_mobile", "phone_work",
                      "account_name", "lead_source"])
        out.writerows(rows)


if __name__ == "__main__":
    main()
