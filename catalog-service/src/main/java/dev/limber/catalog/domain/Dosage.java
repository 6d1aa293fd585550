package dev.limber.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How much of an exercise to do. A range such as "30-60 seconds" keeps both ends; a single value
 * leaves the maximum empty. Shared by exercise versions and template items.
 */
@Embeddable
public class Dosage {

    @Column(name = "hold_seconds")
    public Integer holdSeconds;
    @Column(name = "hold_seconds_max")
    public Integer holdSecondsMax;
    public Integer reps;
    @Column(name = "reps_max")
    public Integer repsMax;
    public Integer sets;
    @Column(name = "per_side", nullable = false)
    public boolean perSide;
    public Integer breaths;
    @Column(name = "breaths_max")
    public Integer breathsMax;
    @Column(name = "times_per_day")
    public Integer timesPerDay;
    @Column(name = "times_per_day_max")
    public Integer timesPerDayMax;
    @Column(name = "dosage_note")
    public String note;

    public Dosage copy() {
        Dosage d = new Dosage();
        d.holdSeconds = holdSeconds;
        d.holdSecondsMax = holdSecondsMax;
        d.reps = reps;
        d.repsMax = repsMax;
        d.sets = sets;
        d.perSide = perSide;
        d.breaths = breaths;
        d.breathsMax = breathsMax;
        d.timesPerDay = timesPerDay;
        d.timesPerDayMax = timesPerDayMax;
        d.note = note;
        return d;
    }
}
