peerdirSearchData("shard-w",
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
  "warmlin",
  "warmline",
  "weekend",
  "welsh"
 ],
 "vectors": {
  "d": [
   [
    4,
    0,
    1256
   ]
  ],
  "k": [
   [
    1,
    0,
    2290,
    2,
    1917
   ],
   [
    1,
    2,
    1330
   ]
  ],
  "l": [
   [
    2,
    3,
    1511
   ]
  ],
  "n": [
   [
    1,
    0,
    10680
   ]
  ],
  "w": [
   [
    1,
    1,
    1882
   ]
  ]
 },
 "version": "2.3.9"
},
"6a24848c9e");
