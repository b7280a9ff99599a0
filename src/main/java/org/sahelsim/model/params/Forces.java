package org.sahelsim.model.params;

import org.sahelsim.model.Force;

/** Every armed force's parameters. */
public record Forces(ForceParams fama, ForceParams russia, ForceParams france, ForceParams minusma,
                     ForceParams eu, ForceParams aes, ForceParams jnim, ForceParams isSahel,
                     ForceParams separatists) implements java.io.Serializable {
    public ForceParams of(Force f) {
        return switch (f) {
            case FAMA -> fama;
            case RUSSIA -> russia;
            case FRANCE -> france;
            case MINUSMA -> minusma;
            case EU -> eu;
            case AES -> aes;
            case JNIM -> jnim;
            case IS_SAHEL -> isSahel;
            case SEPARATISTS -> separatists;
        };
    }
}
