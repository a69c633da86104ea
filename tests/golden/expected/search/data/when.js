peerdirSearchData("when",
{
 "docs": [
  0,
  1,
  2,
  0,
  0,
  0,
  0,
  0,
  0,
  0
 ],
 "schedules": [
  {
   "kind": "hours",
   "periods": [
    {
     "d": 0,
     "e": "23:00",
     "s": "18:00",
     "z": "Europe/London"
    },
    {
     "d": 1,
     "e": "23:00",
     "s": "18:00",
     "z": "Europe/London"
    },
    {
     "d": 2,
     "e": "23:00",
     "s": "18:00",
     "z": "Europe/London"
    },
    {
     "d": 3,
     "e": "23:00",
     "s": "18:00",
     "z": "Europe/London"
    },
    {
     "d": 4,
     "e": "23:00",
     "s": "18:00",
     "z": "Europe/London"
    },
    {
     "d": 6,
     "e": "16:00",
     "s": "12:00",
     "z": "Europe/London"
    }
   ]
  },
  {
   "kind": "meetings",
   "periods": [
    {
     "d": 1,
     "e": "20:30",
     "s": "19:00",
     "w": [
      2,
      4
     ],
     "z": "Europe/London"
    },
    {
     "d": 5,
     "e": "11:00",
     "s": "10:00",
     "z": "Europe/Dublin"
    }
   ]
  }
 ]
},
"ba4892490d");
