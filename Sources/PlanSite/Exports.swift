/// The model is its own target (`PlanSiteModel`: values only, no stage code), so the compiler
/// keeps the stages from reaching into each other through it. Everything that imports the
/// pipeline sees the model too.
@_exported import PlanSiteModel
@_exported import PlanSiteLoad
@_exported import PlanSiteIndex
@_exported import PlanSiteWrite
@_exported import PlanSiteCheck
@_exported import PlanSiteRender
