peerdirSearchData("shard-o",
{
 "fields": [
  "n",
  "t",
  "a",
  "o",
  "s",
  "k",
  "l",
  "r",
  "d",
  "w"
 ],
 "terms": [
  "old",
  "oldtownanxietygroup=",
  "oldtown~",
  "on",
  "one",
  "one=",
  "onlin"
 ],
 "vectors": {
  "d": [
   [
    9,
    3,
    1382
   ]
  ],
  "k": [
   [
    0,
    6,
    1605
   ],
   [
    2,
    6,
    622
   ]
  ],
  "n": [
   [
    2,
    0,
    7371
   ],
   [
    3,
    3,
    17817
   ]
  ],
  "r": [
   [
    0,
    6,
    785
   ],
   [
    2,
    0,
    623,
    6,
    215
   ]
  ],
  "s": [
   [
    0,
    6,
    1887
   ]
  ],
  "w": [
   [
    2,
    0,
    750,
    1,
    1306,
    1,
    1306
   ],
   [
    3,
    4,
    2416,
    1,
    2416
   ]
  ]
 },
 "version": "2.3.9"
},
"eada87d9fc");
