peerdirSearchData("shard-d",
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
  "discuss",
  "dublin"
 ],
 "vectors": {
  "d": [
   [
    2,
    1,
    792
   ]
  ],
  "k": [
   [
    0,
    0,
    2250
   ]
  ]
 },
 "version": "2.3.9"
},
"2c90a3efb4");
