peerdirSearchData("shard-p",
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
  "page",
  "peer",
  "person",
  "phone",
  "pick",
  "pressur"
 ],
 "vectors": {
  "d": [
   [
    2,
    0,
    792,
    5,
    792
   ],
   [
    7,
    4,
    1858
   ]
  ],
  "k": [
   [
    1,
    3,
    2578
   ],
   [
    1,
    1,
    1034,
    1,
    1789
   ],
   [
    1,
    1,
    1906
   ]
  ],
  "o": [
   [
    2,
    1,
    740
   ]
  ],
  "s": [
   [
    1,
    1,
    1887
   ],
   [
    2,
    1,
    1634
   ]
  ]
 },
 "version": "2.3.9"
},
"441d9bfb5e");
