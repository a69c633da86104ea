peerdirSearchData("shard-c",
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
  "c",
  "carer",
  "carers",
  "carerscorner=",
  "carerscorner~",
  "chat",
  "choos",
  "choosing",
  "choosing=",
  "corner",
  "cymraeg"
 ],
 "vectors": {
  "a": [
   [
    0,
    1,
    1695
   ],
   [
    1,
    1,
    1695
   ]
  ],
  "d": [
   [
    2,
    5,
    792
   ],
   [
    3,
    0,
    1858
   ]
  ],
  "l": [
   [
    2,
    10,
    1511
   ]
  ],
  "n": [
   [
    0,
    1,
    8336,
    8,
    13818
   ],
   [
    9,
    6,
    23960
   ]
  ],
  "s": [
   [
    0,
    1,
    2433
   ]
  ],
  "w": [
   [
    0,
    2,
    1882,
    1,
    1882,
    1,
    1882,
    5,
    1400
   ],
   [
    9,
    7,
    2416,
    1,
    2416
   ]
  ]
 },
 "version": "2.3.9"
},
"7d8630eb3e");
